using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.History;
using SchoolInfra.Evidence.Observe.Snapshot;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Inputs;
using SchoolInfra.Reports.Model;
using SchoolInfra.Reports.Plan;
using SchoolInfra.Reports.Render;

namespace SchoolInfra.Reports.Tests;

/// <summary>
/// The example school's reports on the fixed date, from this checkout's settings, records, saved drift check and catalogue, with the
/// change history of <see cref="ExampleHistory"/> in place of the checkout's own (which moves with every commit).
/// </summary>
internal static class ExampleReports
{
    public static TemplateRenderer Renderer() => new(RepoPaths.Of("reports", "templates"));

    /// <param name="history">The fixed change history.</param>
    /// <param name="withDrift">Judge the live parts on the saved drift check (schools/oakfield-primary/live/drift.json) and
    /// tenant read (schools/oakfield-primary/live/tenant.json), as <c>report</c> does by default. TODO(#9): the governors' layout tests (plain words, repeated sentences, page count)
    /// run without it until the report groups a drift item that breaks several controls into one entry.</param>
    public static ReportInputs Inputs(ExampleHistory history, bool withDrift = false)
    {
        var diagnostics = new DiagnosticBag();
        var drift = withDrift
            ? DriftResultFile.Load(RepoPaths.Of("schools", "oakfield-primary", "live", "drift.json"), "schools/oakfield-primary/live/drift.json", ExampleSchool.Stack, diagnostics)
            : null;
        var observed = withDrift
            ? SnapshotFile.Read(RepoPaths.Of("schools", "oakfield-primary", "live", "tenant.json"), "schools/oakfield-primary/live/tenant.json", diagnostics)
            : null;
        var inputs = ReportInputsLoader.Load(RepoPaths.Root, ExampleSchool.Stack, ExampleSchool.Today, diagnostics, drift, observed: observed)
            ?? throw new InvalidOperationException("The example school has errors:\n" + string.Join("\n", diagnostics.ToSortedArray().Select(d => d.Format())));
        var term = ReportTerm.Current(inputs.Config.Terms, inputs.Today)
            ?? throw new InvalidOperationException("The example school declares no terms.");
        return inputs with { Changes = History(history).ChangesBetween(term.Start, inputs.Today), HistoryAvailable = true };
    }

    public static GovernorsReport Governors(ExampleHistory history, bool withDrift = false) => ReportModelBuilder.Build(Inputs(history, withDrift));

    public static string GovernorsHtml(ExampleHistory history) => Renderer().Render("governors.html", Governors(history));

    public static ChangeSummary Summary(ExampleHistory history) =>
        ChangeSummaryBuilder.Build(History(history).SummaryInputs("HEAD~2", "HEAD", ReportInputsLoader.LoadCatalogueFiles(RepoPaths.Root, new DiagnosticBag())));

    public static SchoolHistory History(ExampleHistory history) =>
        ReportInputsLoader.History(new GitChangeLog(history.Root), history.Root, ExampleSchool.Stack, ExampleSchool.Today);
}
