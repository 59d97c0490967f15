using System.Text.Json;

namespace SchoolInfra.Cli.Tests.Hostile;

/// <summary>
/// Issue 13, "a weak school is a finding, not a syntax error": the example school made weak in every way the issue
/// lists, and in ways that used to be config errors too. It still compiles, since all of it can be deployed, and
/// validate reports each weakness as its control not met, naming the problem at the line to change, instead of refusing
/// the file.
/// </summary>
public sealed class WeakSchoolTests : IDisposable
{
    private const string SecondEmergencyAccount =
        "      - key: emergency2\n        userPrincipalName: bg-emergency2@oakfieldprimaryexample.onmicrosoft.com\n        credential: passphrase\n        custodian: chairOfGovernors\n";

    /// <summary>Each weakness: the edits of the example, the control and problem it gives, and the unique line the problem points at.</summary>
    private static readonly Weakness[] All =
    [
        // The issue's five that were config errors.
        new("no offline backup copy", "BAK-02", "noProtectedCopy", "      - key: adminServer",
            ("        offline: true\n        encrypted: true\n        encryption: BitLocker To Go\n", "        encrypted: true\n        encryption: BitLocker To Go\n"),
            ("        immutability: locked\n", "        immutability: unlocked\n")),
        new("logs kept 30 days", "LOG-02", "retentionTooShort", "    workspaceName: log-oakfield-primary", ("    retentionDays: 365\n", "    retentionDays: 30\n")),
        new("an exception approved by the IT provider", "FIL-10", "approverNotAllowed", "      - domain: youtube.com",
            ("        approvedBy: headteacher\n        approvedOn: 2026-11-02\n", "        approvedBy: itProvider\n        approvedOn: 2026-11-02\n")),
        new("an exception without an end date", "FIL-11", "noEndDate", "      - domain: example-coding-club.example",
            ("        approvedOn: 2026-09-14\n        expiresOn: 2026-10-23\n", "        approvedOn: 2026-09-14\n")),
        new("one break-glass account", "IAM-05", "accountCount", "    accessAreas:", (SecondEmergencyAccount, string.Empty)),

        // The issue's three that passed as met.
        new("governors declared as service accounts", "IAM-01", "serviceGroupHoldsPeople", "      - key: governors", ("        kind: governor\n", "        kind: service\n")),
        new("IT administrators on everyday accounts", "IAM-04", "everydayAdminAccount", "      - key: itAdmins",
            ("          - adm-technician2@oakfield-primary.example\n", "          - j.smith@oakfield-primary.example\n")),
        new("governors given pupil records", "IAM-07", "accessBeyondRole", "          - { area: mis, level: read }\n      - key: eyfsPupils",
            ("          - { area: governorHub, level: read }\n", "          - { area: governorHub, level: read }\n          - { area: mis, level: read }\n")),

        // Weaknesses that used to be config errors too, and a way round IAM-02 and MFA-01 that is now written down.
        new("the governors' library marked as holding no personal data", "IAM-01", "noPersonalDataWithoutReason", "      - key: governorHub",
            ("        kind: site\n        personalData: true\n", "        kind: site\n        personalData: false\n")),
        new("backup drives kept at home", "BAK-07", "keptAtHome", "      - key: usbRotation", ("        storagePlace: secureOffSitePremises\n", "        storagePlace: home\n")),
        new("USB storage allowed on pupil laptops", "DEV-05", "pupilUsbAllowed", "        pupilsBlocked: false",
            ("        staff: schoolIssuedEncryptedOnly\n", "        pupilsBlocked: false\n        staff: schoolIssuedEncryptedOnly\n")),
        new("security updates allowed 16 days", "DEV-07", "ringTooSlow", "        - key: broad", ("          deadlineDays: 7\n", "          deadlineDays: 11\n")),
        new("a filter provider that is not an IWF member", "FIL-03", "notIwfMember", "      provider: Example County Council schools broadband filter", ("      iwfMember: true\n", "      iwfMember: false\n")),
    ];

    private readonly HostileRepository _repo = new();

    public static TheoryData<string> Names => [.. All.Select(w => w.What)];

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void WeakSchool_CompilesAndValidateReportsEveryWeaknessAsItsControlNotMet()
    {
        foreach (var weakness in All)
        {
            weakness.Apply(_repo);
        }

        var compile = _repo.Run("compile", "--stack", HostileRepository.Stack).Safe();
        Assert.True(compile.Exit == 0, compile.Err);
        Assert.StartsWith("name: schoolinfra", compile.Out, StringComparison.Ordinal);

        var findings = Validate(out var diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.GetProperty("severity").GetString() == "error");
        foreach (var weakness in All)
        {
            AssertNotMetAtItsLine(weakness, findings);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EachWeakness_IsItsControlNotMetAtTheLineToChange(string what)
    {
        var weakness = All.Single(w => w.What == what);
        weakness.Apply(_repo);

        Assert.Equal(0, _repo.Run("compile", "--stack", HostileRepository.Stack).Safe().Exit);

        AssertNotMetAtItsLine(weakness, Validate(out _));
    }

    [Fact]
    public void GovernorsDeclaredAsServiceAccounts_StayInTheMfaRule()
    {
        All.Single(w => w.Control == "IAM-01" && w.Problem == "serviceGroupHoldsPeople").Apply(_repo);

        var template = _repo.Run("compile", "--stack", HostileRepository.Stack).Safe().Out;

        // The MFA sign-in rule still includes them: re-typing people as "service" never takes them out of MFA.
        Assert.Contains("${group-governors.objectId}", Resource(template, "ca-require-mfa"), StringComparison.Ordinal);
        var mfa = Validate(out _)["MFA-01"];
        Assert.DoesNotContain(Problems(mfa), p => p.GetProperty("key").GetString() == "groupWithoutMfa");
        Assert.Contains(mfa.GetProperty("evidence").EnumerateArray(), e => e.GetString()?.Contains("\"governors\" is declared as service accounts", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void DeclaredServiceAccountsWithoutInteractiveSignIn_LeaveTheMfaRuleAndIam01IsMet()
    {
        _repo.EditStack("        kind: governor\n", "        kind: service\n        serviceReason: Copier accounts that send scans to email\n        interactiveSignIn: false\n");
        _repo.EditStack("          - { area: governorHub, level: read }\n", "          - { area: curriculumShare, level: read }\n");

        var template = _repo.Run("compile", "--stack", HostileRepository.Stack).Safe().Out;

        Assert.DoesNotContain("${group-governors.objectId}", Resource(template, "ca-require-mfa"), StringComparison.Ordinal);
        var findings = Validate(out _);
        Assert.DoesNotContain(Problems(findings["IAM-01"]), p => p.GetProperty("key").GetString() == "serviceGroupHoldsPeople");
        Assert.DoesNotContain(Problems(findings["MFA-01"]), p => p.GetProperty("key").GetString() == "groupWithoutMfa");
    }

    private void AssertNotMetAtItsLine(Weakness weakness, Dictionary<string, JsonElement> findings)
    {
        var finding = findings[weakness.Control];
        Assert.True(finding.GetProperty("status").GetString() == "notMet", $"{weakness.What}: {weakness.Control} is {finding.GetProperty("status")}: {finding.GetProperty("summary")}");

        var text = _repo.Read(HostileRepository.StackFile);
        var at = text.IndexOf(weakness.Anchor + "\n", StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(weakness.Anchor + "\n", at + 1, StringComparison.Ordinal) < 0, $"the anchor is not once in the edited file: {weakness.Anchor}");
        var line = text[..at].Count(c => c == '\n') + 1;

        var problems = Problems(finding).Where(p => p.GetProperty("key").GetString() == weakness.Problem).ToList();
        Assert.True(problems.Count > 0, $"{weakness.What}: {weakness.Control} has no problem \"{weakness.Problem}\": {finding.GetProperty("summary")}");
        Assert.Contains(problems, p =>
            p.GetProperty("status").GetString() == "notMet"
            && p.GetProperty("location").GetProperty("file").GetString() == HostileRepository.StackFile
            && p.GetProperty("location").GetProperty("line").GetInt32() == line);
    }

    private static JsonElement.ArrayEnumerator Problems(JsonElement finding) => finding.GetProperty("problems").EnumerateArray();

    /// <summary>One resource of the template: its key line and the indented lines under it.</summary>
    private static string Resource(string template, string name)
    {
        var start = template.IndexOf($"\n  {name}:\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the template has no resource {name}");
        var lines = template[(start + 1)..].Split('\n');
        return string.Join('\n', lines.Take(1).Concat(lines.Skip(1).TakeWhile(l => l.StartsWith("   ", StringComparison.Ordinal))));
    }

    private Dictionary<string, JsonElement> Validate(out JsonElement[] diagnostics)
    {
        var run = _repo.Run("validate", "--format", "json").Safe();
        Assert.True(run.Exit == 2, $"validate exited {run.Exit}\n{run.Out}");
        using var json = JsonDocument.Parse(run.Out);
        diagnostics = [.. json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.Clone())];
        return json.RootElement.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("control").GetString() ?? string.Empty, f => f.Clone());
    }

    private sealed record Weakness(string What, string Control, string Problem, string Anchor, params (string Find, string Replacement)[] Edits)
    {
        public void Apply(HostileRepository repo)
        {
            foreach (var (find, replacement) in Edits)
            {
                repo.EditStack(find, replacement);
            }
        }
    }
}
