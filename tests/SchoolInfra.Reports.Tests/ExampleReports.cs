using NodaTime;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Evidence.History;
using SchoolInfra.Evidence.Observe.Compare;
using SchoolInfra.Evidence.Observe.Snapshot;
using SchoolInfra.Evidence.Pulumi;
using SchoolInfra.Policy.Drift;
using SchoolInfra.Reports.Changes;
using SchoolInfra.Reports.Inputs;
using SchoolInfra.Reports.Model;
using SchoolInfra.Reports.Plan;
using SchoolInfra.Reports.Render;

namespace SchoolInfra.Reports.Tests;

/// <summary>
/// The example school's reports on the fixed date, from this checkout's settings, records, saved drift check and catalogue (as
/// <c>report</c> builds them by default), with the
/// change history of <see cref="ExampleHistory"/> in place of the checkout's own (which moves with every commit).
/// </summary>
internal static class ExampleReports
{
    /// <summary>When the example's refresh ran (run-example.sh passes the same to --observed-at).</summary>
    private static readonly Instant RefreshRanAt = Instant.FromUtc(2026, 11, 23, 5, 31);

    public static TemplateRenderer Renderer() => new(RepoPaths.Of("reports", "templates"));

    /// <param name="history">The fixed change history.</param>
    /// <param name="live">The live evidence: by default the saved drift check and tenant read, as <c>report</c> reads them.</param>
    public static ReportInputs Inputs(ExampleHistory history, ExampleLive live = ExampleLive.SavedDrift)
    {
        var diagnostics = new DiagnosticBag();
        var drift = live == ExampleLive.None ? null : Drift(live, diagnostics);
        var observed = live == ExampleLive.None
            ? null
            : SnapshotFile.Read(new SafeFileReader(RepoPaths.Root), RepoPaths.Of("schools", "oakfield-primary", "live", "tenant.json"), "schools/oakfield-primary/live/tenant.json", diagnostics);
        var inputs = ReportInputsLoader.Load(RepoPaths.Root, ExampleSchool.Stack, ExampleSchool.Today, diagnostics, drift, observed: observed)
            ?? throw new InvalidOperationException("The example school has errors:\n" + string.Join("\n", diagnostics.ToSortedArray().Select(d => d.Format())));
        var term = ReportTerm.Current(inputs.Config.Terms, inputs.Today)
            ?? throw new InvalidOperationException("The example school declares no terms.");
        return inputs with { Changes = History(history).ChangesBetween(term.Start, inputs.Today), HistoryAvailable = true };
    }

    public static GovernorsReport Governors(ExampleHistory history, ExampleLive live = ExampleLive.SavedDrift) => ReportModelBuilder.Build(Inputs(history, live));

    public static string GovernorsHtml(ExampleHistory history, ExampleLive live = ExampleLive.SavedDrift) => Renderer().Render("governors.html", Governors(history, live));

    public static ChangeSummary Summary(ExampleHistory history) =>
        ChangeSummaryBuilder.Build(History(history).SummaryInputs("HEAD~2", "HEAD", ReportInputsLoader.LoadCatalogueFiles(RepoPaths.Root, new DiagnosticBag())));

    /// <summary>
    /// The saved drift check; for <see cref="ExampleLive.SavedDriftAndTenant"/> the check the report workflow makes
    /// (<c>drift --refresh --observed</c>): the example's refresh and tenant read through the same drift check.
    /// </summary>
    public static DriftResult Drift(ExampleLive live, DiagnosticBag diagnostics)
    {
        var reader = new SafeFileReader(RepoPaths.Root);
        var drift = live == ExampleLive.SavedDriftAndTenant
            ? SchoolDriftCheck.Run(ExampleSchool.Source(), ExampleSchool.Files, ReportInputsLoader.LoadCatalogueFiles(RepoPaths.Root, diagnostics), ExampleSchool.Today,
            [
                new PulumiRefreshSource(reader, RepoPaths.Of("schools", "oakfield-primary", "live", "refresh.json"), "schools/oakfield-primary/live/refresh.json", RefreshRanAt),
                new TenantSnapshotSource(reader, RepoPaths.Of("schools", "oakfield-primary", "live", "tenant.json"), "schools/oakfield-primary/live/tenant.json"),
            ], diagnostics)?.Result
            : DriftResultFile.Load(reader, RepoPaths.Of("schools", "oakfield-primary", "live", "drift.json"), "schools/oakfield-primary/live/drift.json", ExampleSchool.Stack, diagnostics);
        return drift ?? throw new InvalidOperationException("The example's live evidence cannot be read:\n" + string.Join("\n", diagnostics.ToSortedArray().Select(d => d.Format())));
    }

    public static SchoolHistory History(ExampleHistory history) =>
        ReportInputsLoader.History(new GitChangeLog(history.Root), history.Root, ExampleSchool.Stack, ExampleSchool.Today);
}
