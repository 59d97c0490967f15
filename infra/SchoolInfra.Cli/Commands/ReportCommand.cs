using NodaTime;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Reports.Inputs;
using SchoolInfra.Reports.Issue;
using SchoolInfra.Reports.Model;
using SchoolInfra.Reports.Output;
using SchoolInfra.Reports.Pdf;
using SchoolInfra.Reports.Render;

namespace SchoolInfra.Cli.Commands;

/// <summary>
/// <c>schoolinfra report</c>: load the school, build the report model, render governors.html and print
/// governors.pdf, writing both only when both are complete.
/// </summary>
public static class ReportCommand
{
    public const string Help = """
        Usage: schoolinfra report [--stack NAME] [--out DIR] [--today YYYY-MM-DD] [--drift FILE] [--observed FILE] [--no-pdf]
                                  [--chromium PATH] [--issue] [--meeting YYYY-MM-DD] [--signed-by ROLE]

        Writes the governors' compliance report for a school: governors.html and governors.pdf. The files are
        written completely or not at all, so a failed run leaves the previous report in place.

          --stack NAME      the school (default: oakfield-primary, the example school)
          --out DIR         the folder to write to (default: reports/out/NAME/)
          --today DATE      the date the report describes (default: today in the UK, or SCHOOLINFRA_TODAY)
          --drift FILE      the school's latest drift check, as schoolinfra drift --format json wrote it (default:
                            schools/NAME/live/drift.json when it exists)
          --observed FILE   the school's latest tenant read, as schoolinfra observe wrote it (default:
                            schools/NAME/live/tenant.json when it exists)
          --no-pdf          write the HTML report only
          --chromium PATH   the Chromium browser that prints the PDF (default: chromium or chromium-browser on PATH)
          --root DIR        the repository folder (default: the nearest folder above holding Pulumi.yaml)
          --issue           also write the report-issue record (date, findings summary, checksum) to the school's
                            records; commit it in a pull request: the signer's approval is the sign-off
          --meeting DATE    the governors' meeting that receives the report
          --signed-by ROLE  who signs it off: chairOfGovernors (default) or headteacher
        """;

    public static int Run(IReadOnlyList<string> arguments, CliContext cli) => RunAsync(arguments, cli).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(IReadOnlyList<string> arguments, CliContext cli)
    {
        var args = CommandArgs.Parse("report", arguments, ["--stack", "--out", "--today", "--chromium", "--root", "--drift", "--observed", "--meeting", "--signed-by"], ["--no-pdf", "--issue"]);
        if (args.HelpRequested)
        {
            cli.Out.Write(Help + "\n");
            return 0;
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(args.Diagnostics);
        var today = Options.ResolveToday(args, cli, diagnostics);
        var workspace = Options.ResolveWorkspace(args, cli, diagnostics, required: true);
        var stack = Options.ResolveStack(args, diagnostics);
        var drift = workspace is null || stack is null ? null : SavedDrift.Resolve(args, cli, workspace, stack, diagnostics);
        var observed = workspace is null || stack is null ? null : SavedSnapshot.Resolve(args, cli, workspace, stack, diagnostics);
        var meeting = Date(args, "--meeting", diagnostics);
        var signer = Signer(args, diagnostics);
        if (diagnostics.HasErrors || workspace is null || today is null || stack is null)
        {
            return Options.Fail(cli, diagnostics);
        }

        PdfPrinter? printer = null;
        try
        {
            if (!args.Flag("--no-pdf"))
            {
                var browser = args.Value("--chromium") is { } path ? Path.Combine(cli.WorkingDirectory, path) : null;
                printer = new PdfPrinter(ChromiumLocator.Locate(browser, cli.Environment("PATH")));
            }

            var approvals = GitHubApprovals.Read(cli, workspace, stack, today.Value, diagnostics);
            var inputs = ReportInputsLoader.Load(workspace.Root, stack, today.Value, diagnostics, drift, approvals, observed) is { } loaded
                ? loaded with { Meeting = meeting, SignedBy = signer }
                : null;
            if (inputs is null)
            {
                return Options.Fail(cli, diagnostics);
            }

            DiagnosticWriter.Write(cli.Error, diagnostics.ToSortedArray(), cli.ErrorIsTerminal);
            var outFolder = args.Value("--out") is { } folder
                ? Path.Combine(cli.WorkingDirectory, folder)
                : Path.Combine(workspace.Root, "reports", "out", stack);
            var publisher = new ReportPublisher(new TemplateRenderer(Path.Combine(workspace.Root, "reports", "templates")), printer);
            var published = await publisher.PublishAsync(ReportModelBuilder.Build(inputs), outFolder).ConfigureAwait(false);
            var pdf = published.PdfPath is { } pdfPath ? $" and {Options.Display(cli, pdfPath)} ({published.Pages} pages)" : string.Empty;
            cli.Out.Write($"Wrote {Options.Display(cli, published.HtmlPath)}{pdf}.\n");
            if (args.Flag("--issue"))
            {
                var record = Path.Combine(workspace.Root, "schools", stack, "records", ReportIssueWriter.FileName(inputs));
                AtomicFile.WriteAllText(record, ReportIssueWriter.Text(inputs, await File.ReadAllTextAsync(published.HtmlPath).ConfigureAwait(false)));
                cli.Out.Write($"Wrote {Options.Display(cli, record)}. Commit it in a pull request: its approval by the signer is the sign-off.\n");
            }

            return 0;
        }
        catch (PdfPrintException e)
        {
            var failure = new DiagnosticBag();
            failure.Add(RenderDiagnostics.PdfNotPrinted(e.Reason, e.Hint));
            return Options.Fail(cli, failure);
        }
    }

    private static LocalDate? Date(CommandArgs args, string option, DiagnosticBag diagnostics)
    {
        if (args.Value(option) is not { } text)
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        diagnostics.Add(CliDiagnostics.BadValue(option, text, "a date written as YYYY-MM-DD"));
        return null;
    }

    private static SchoolRole Signer(CommandArgs args, DiagnosticBag diagnostics)
    {
        switch (args.Value("--signed-by"))
        {
            case null or "chairOfGovernors":
                return SchoolRole.ChairOfGovernors;
            case "headteacher":
                return SchoolRole.Headteacher;
            case { } other:
                diagnostics.Add(CliDiagnostics.BadValue("--signed-by", other, "chairOfGovernors or headteacher"));
                return SchoolRole.ChairOfGovernors;
        }
    }
}
