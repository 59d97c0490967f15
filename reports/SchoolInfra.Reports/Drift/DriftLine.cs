using System.Collections.Immutable;

namespace SchoolInfra.Reports.Drift;

/// <summary>One drift item in plain English.</summary>
/// <param name="Number">1, 2, 3 in the order shown.</param>
/// <param name="Sentence">The whole story: what happened, which controls are not met until when, what the next
/// deploy does and who acts.</param>
/// <param name="Kind">"Changed outside the pipeline", "Deleted outside the pipeline", "Not declared", "Could not be read".</param>
/// <param name="Severity">"High", "Medium" or "Low".</param>
/// <param name="Controls">"MFA-01, MFA-04", or "none".</param>
/// <param name="NextDeploy">"puts it back", "creates it again", ...</param>
/// <param name="WhoActs">"the IT provider (Example Schools IT Ltd)".</param>
/// <param name="Resource">The template's resource name, e.g. <c>ca-require-mfa</c>, or the cloud address.</param>
/// <param name="DeclaredIn">The stack file it is declared in, e.g. "schools/Pulumi.oakfield-primary.yaml"; empty when not declared.</param>
/// <param name="DeclaredAtLine">The line it is declared at; 0 when not declared.</param>
/// <param name="Properties">Each setting that differs.</param>
public sealed record DriftLine(
    int Number,
    string Sentence,
    string Kind,
    string Severity,
    string Controls,
    string NextDeploy,
    string WhoActs,
    string Resource,
    string DeclaredIn,
    int DeclaredAtLine,
    ImmutableArray<PropertyLine> Properties);
