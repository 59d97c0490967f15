using System.Collections.Immutable;

namespace SchoolInfra.Infra.Build.Logging;

/// <summary>One LOG-03 alert: a log query that returns a row for each risky event, how severe it is, and why.</summary>
/// <param name="Title">Shown as the alert's display name after the school's short name.</param>
/// <param name="Severity">Azure Monitor severity, 0 (critical) to 4.</param>
/// <param name="Query">KQL over the audit-log workspace; any row raises the alert.</param>
/// <param name="Purpose">One plain sentence for the alert's description and the change summary.</param>
/// <param name="Controls">The control ids the alert serves.</param>
internal sealed record AlertQuery(string Title, int Severity, string Query, string Purpose, ImmutableArray<string> Controls);
