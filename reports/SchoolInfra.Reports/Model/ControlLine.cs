using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>One control as governors read it.</summary>
/// <param name="Id">The control id, e.g. "MFA-01".</param>
/// <param name="Title">Its short title.</param>
/// <param name="Statement">The plain sentence governors read.</param>
/// <param name="StatusKey">CSS class of the status.</param>
/// <param name="StatusLabel">"Met", "Not met", ...</param>
/// <param name="Importance">"High", "Medium" or "Low".</param>
/// <param name="Summary">What the check found, in one sentence.</param>
/// <param name="Evidence">The evidence it used.</param>
/// <param name="Action">What to do; empty when nothing is needed.</param>
/// <param name="ActionBy">Who acts, e.g. "The IT provider (Example Schools IT Ltd)"; empty when nothing is needed.</param>
/// <param name="Standards">The standards it answers, e.g. "DfE-CS CS4, CE".</param>
/// <param name="Provenance">Where its evidence came from: "checked live on 23 Nov 2026", "declared only, not checked live", ...</param>
/// <param name="CheckedLive">Some of its evidence was observed on the live systems.</param>
public sealed record ControlLine(
    string Id,
    string Title,
    string Statement,
    string StatusKey,
    string StatusLabel,
    string Importance,
    string Summary,
    ImmutableArray<string> Evidence,
    string Action,
    string ActionBy,
    string Standards,
    string Provenance = "",
    bool CheckedLive = false)
{
    public bool NeedsAction => Action.Length > 0;
}
