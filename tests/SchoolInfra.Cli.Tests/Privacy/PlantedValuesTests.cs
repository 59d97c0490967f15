using System.Diagnostics;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Validation;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;
using SchoolInfra.Reports.Model;
using SchoolInfra.Reports.Render;
using Xunit.Sdk;

namespace SchoolInfra.Cli.Tests.Privacy;

/// <summary>
/// Plants a pupil's name, a password, a token and a tenant secret where a careless change could put them (free-text
/// reasons and job titles, a waiver, record fields, commit messages and trailers, a secret config value) and
/// searches every output of <c>report</c> and <c>plan</c>: the HTML, the PDF's text, the Markdown, the JSON, stdout
/// and stderr. None may appear.
/// </summary>
public sealed class PlantedValuesTests : IDisposable
{
    private const string PupilName = "Jamie Plantedpupil";
    private const string Password = "Pl4nted-Passw0rd!";
    private const string Token = "ghp_PlantedToken0123456789abcdefXYZ";
    private const string TenantSecret = "planted-tenant-secret-6c1f0e";

    private static readonly string[] Planted = [PupilName, "Plantedpupil", Password, Token, TenantSecret];

    private readonly ExampleHistory _history;

    public PlantedValuesTests()
    {
        var example = File.ReadAllText(RepoPaths.Of("schools", "Pulumi.oakfield-primary.yaml")).ReplaceLineEndings("\n");
        _history = ExampleHistory.Create(
            afterText: PlantInSettings(example),
            approvedMessage: $"Unblock youtube.com for {PupilName}\n\nAsked by {PupilName}'s parent. Token {Token}.\n\nApproved-by: {PupilName}\nReviewed-by: {Password}\n",
            workspace: true);
        PlantInRecords(_history.Git);
        _history.Git.CommitAll($"Records for {PupilName}\n\nApproved-by: Mrs H. Ashcombe", new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));
    }

    public void Dispose() => _history.Dispose();

    [Fact]
    public void Report_PlantedValues_AppearInNoOutput()
    {
        var outFolder = _history.Git.Of("out");
        var (exit, stdout, stderr) = Run("report", "--out", outFolder);

        Assert.True(exit == 0, stderr);
        var pdfText = PdfText(Path.Combine(outFolder, "governors.pdf"));
        Assert.Contains("Year 6 pupils", pdfText, StringComparison.Ordinal);
        AssertNothingPlanted("governors.html", File.ReadAllText(Path.Combine(outFolder, "governors.html")));
        AssertNothingPlanted("governors.pdf", pdfText);
        AssertNothingPlanted("stdout", stdout);
        AssertNothingPlanted("stderr", stderr);
    }

    [Fact]
    public void Plan_PlantedValues_AppearInNeitherMarkdownNorJson()
    {
        var markdown = Run("plan", "--from", "HEAD~3", "--to", "HEAD~1");
        var json = Run("plan", "--from", "HEAD~3", "--to", "HEAD~1", "--format", "json");

        Assert.True(markdown.Exit == 0 && json.Exit == 0, markdown.Err + json.Err);
        Assert.Contains("Allows youtube.com for Year 6 pupils", markdown.Out, StringComparison.Ordinal);
        Assert.Contains(Reports.Text.StaffTitleScreen.Withheld, markdown.Out, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json.Out);
        foreach (var (name, text) in new[] { ("plan.md", markdown.Out), ("plan.json", json.Out), ("stderr", markdown.Err + json.Err) })
        {
            AssertNothingPlanted(name, text);
        }
    }

    [Fact]
    public void Report_SecretWrittenInPlainText_FailsWithoutRepeatingIt()
    {
        var stackPath = _history.Git.Of(ExampleHistory.StackFile);
        var text = File.ReadAllText(stackPath);
        var secure = text.IndexOf("  schoolinfra:jamfAdeToken:", StringComparison.Ordinal);
        Assert.True(secure >= 0, "the example school no longer declares schoolinfra:jamfAdeToken");
        File.WriteAllText(stackPath, text[..secure] + $"  schoolinfra:jamfAdeToken: {TenantSecret}\n");

        var (exit, stdout, stderr) = Run("report", "--no-pdf", "--out", _history.Git.Of("out-secret"));

        Assert.Equal(1, exit);
        Assert.Contains("jamfAdeToken", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_history.Git.Of("out-secret")));
        AssertNothingPlanted("stdout", stdout);
        AssertNothingPlanted("stderr", stderr);
    }

    [Fact]
    public void Report_EngineModeSecretInPlainText_NeverReachesTheModel()
    {
        // Pulumi hands a compiler its secrets decrypted (PULUMI_CONFIG); the binder keeps only the key.
        var bag = new DiagnosticBag();
        var json = EngineConfig.FromStackFile(_history.Git.Of(ExampleHistory.StackFile), new Dictionary<string, string> { ["schoolinfra:jamfAdeToken"] = TenantSecret });
        Assert.Contains(TenantSecret, json, StringComparison.Ordinal);
        var source = EngineConfigReader.Read("org/schoolinfra/oakfield-primary", json, bag);
        Assert.NotNull(source);
        var catalogue = CatalogueFile.ReadFolder(new SafeFileReader(RepoPaths.Root), RepoPaths.Of("policy", "controls"), "policy/controls", bag);
        var result = ComplianceChecker.Check(source, new SchoolFiles(_history.Git.Of("schools"), "schools"), catalogue, ExampleSchool.Today, bag);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        Assert.NotNull(result.Config?.JamfAdeToken);

        var inputs = new ReportInputs("oakfield-primary", result.Config, result.Desired!, result.Catalogue.Controls, result.Findings,
            result.Records, result.Schedule, [], ExampleSchool.Today);
        var html = new TemplateRenderer(RepoPaths.Of("reports", "templates")).Render("governors.html", ReportModelBuilder.Build(inputs));

        AssertNothingPlanted("governors.html (engine mode)", html);
        AssertNothingPlanted("diagnostics", string.Join("\n", bag.ToSortedArray().Select(d => d.Format())));
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH"),
            ["SCHOOLINFRA_TODAY"] = "2026-11-23",
        };
        var cli = new CliContext(stdout, stderr, name => environment.GetValueOrDefault(name),
            new FakeClock(Instant.FromUtc(2026, 11, 23, 9, 0)), _history.Root, ErrorIsTerminal: false);
        var exit = Program.Run(args, cli);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static void AssertNothingPlanted(string output, string text)
    {
        foreach (var value in Planted)
        {
            Assert.False(text.Contains(value, StringComparison.OrdinalIgnoreCase), $"{output} contains the planted value \"{value}\".");
        }
    }

    /// <summary>The example with a pupil's name in an exception's reason and requester, and in a waiver's reason.</summary>
    private static string PlantInSettings(string example)
    {
        var text = Replace(example, "reason: Year 6 film-making unit uses selected YouTube tutorials in class.",
            $"reason: Year 6 film-making unit; {PupilName} asked for the tutorials.");
        text = Replace(text, "requestedBy: Year 6 teacher", $"requestedBy: {PupilName}");
        var waiver = text.IndexOf("  schoolinfra:waivers:", StringComparison.Ordinal);
        Assert.True(waiver >= 0, "the example school no longer declares schoolinfra:waivers");
        var reason = text.IndexOf("reason: ", waiver, StringComparison.Ordinal);
        var end = text.IndexOf('\n', reason);
        return text[..reason] + $"reason: Until {PupilName} leaves, the class log-on stays as it is." + text[end..];
    }

    private static void PlantInRecords(TemporaryGitRepository git)
    {
        var restore = git.Of("schools/oakfield-primary/records/2026-10-21-restore-test.yaml");
        File.AppendAllText(restore, $"adminPassword: \"{Password}\"\napiToken: {Token}\nnotes: Restored {PupilName}'s folder as a test.\n");
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.True(text.Contains(from, StringComparison.Ordinal), $"the example school no longer contains \"{from}\"");
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        try
        {
            using var process = Process.Start(start) ?? throw new XunitException("pdftotext could not be started.");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new XunitException("pdftotext is missing: install poppler-utils (./test.sh does).");
        }
    }
}
