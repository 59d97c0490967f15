using SchoolInfra.Core.Model.Filtering;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Filtering;

/// <summary>
/// FIL-09: every declared internet connection names a declared filter that can filter it, and the latest termly
/// check tests each backup line or records why it could not with an action (DfE-FM FM3, DfE broadband standard).
/// </summary>
/// <remarks>
/// Records read: the latest <c>fm-check</c>: list <c>tests</c> with item <c>connection</c> (the connection's key),
/// and list <c>untestedConnections</c> with items <c>connection</c> and <c>action</c>.
/// </remarks>
public sealed class BackupLinesFilteredRule : FilteringRule
{
    public override string Id => "fil-09";

    protected override string MetSummary => "Every internet line, the backup one included, is filtered and tested.";

    protected override void Check(RuleContext context, FilteringView view, FindingBuilder finding)
    {
        var connections = view.Filtering.Connections;
        if (connections.IsEmpty)
        {
            finding.NotMet("noConnections", view.Filtering.Span, "No internet connections are declared, so nothing shows that every line, a backup line included, is filtered.",
                "Declare each connection (main line, failover, 4G router) under filtering connections with the filter it goes through.", SchoolRole.ItProvider);
            return;
        }

        foreach (var connection in connections)
        {
            if (!view.IsDeclared(connection.FilteredBy) || connection.FilteredBy == FilteringBackend.AzureDns)
            {
                finding.NotMet("connectionUnfiltered", connection.Span, $"The connection \"{connection.Key}\" has no filter that can filter it ({FilteringView.Describe(connection.FilteredBy)}).",
                    "Name the declared filter that handles this line: the upstream filter or Global Secure Access.", SchoolRole.ItProvider);
            }
            else
            {
                finding.Evidence($"The {Kind(connection.Kind)} \"{connection.Key}\" is filtered by {FilteringView.Describe(connection.FilteredBy)}.");
            }
        }

        var backups = connections.Where(c => c.Kind != ConnectionKind.Primary).ToList();
        if (backups.Count == 0)
        {
            finding.Evidence("The school declares no backup internet line.");
            return;
        }

        var check = context.Records.Latest(RecordKind.FmCheck);
        if (check is null)
        {
            finding.NoEvidence("noCheck", backups[0].Span, $"No termly filtering check is on record to show that {Names(backups.Select(b => b.Key))} {(backups.Count == 1 ? "was" : "were")} tested.",
                "Test filtering over each backup line in the termly check and record it as an fm-check.", SchoolRole.ItProvider);
            return;
        }

        var tested = RecordFields.Items(check, "tests").Select(t => RecordFields.Text(t, "connection")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var explained = RecordFields.Items(check, "untestedConnections")
            .Where(u => RecordFields.Text(u, "action") is not null)
            .Select(u => RecordFields.Text(u, "connection")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var backup in backups)
        {
            if (tested.Contains(backup.Key))
            {
                finding.Evidence($"The latest filtering check ({check.Date:yyyy-MM-dd}) tested the backup line \"{backup.Key}\".");
            }
            else if (explained.Contains(backup.Key))
            {
                finding.Evidence($"The latest filtering check ({check.Date:yyyy-MM-dd}) could not test the backup line \"{backup.Key}\" and records an action.");
            }
            else
            {
                finding.NotMet("backupLineUntested", check.Source, $"The latest filtering check ({check.Date:yyyy-MM-dd}) does not test the backup line \"{backup.Key}\" or say why not.",
                    "Test filtering over the backup line in the termly check, or record why it could not be tested and what will be done.", SchoolRole.ItProvider);
            }
        }
    }

    private static string Kind(ConnectionKind kind) => kind switch
    {
        ConnectionKind.Primary => "main line",
        ConnectionKind.Failover => "failover line",
        _ => "mobile line",
    };
}
