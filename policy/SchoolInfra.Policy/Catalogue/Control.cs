using System.Collections.Immutable;
using System.Globalization;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Policy.Catalogue;

/// <summary>
/// One control of the catalogue (policy/controls/*.yaml): what a governor reads, which standards it answers,
/// how serious it is, where its evidence comes from and which rule checks it.
/// </summary>
/// <param name="Id">Stable id such as <c>MFA-01</c>.</param>
/// <param name="Domain">Report section, e.g. "Identity and access".</param>
/// <param name="Title">Short title.</param>
/// <param name="Statement">One plain sentence a governor understands.</param>
/// <param name="Standards">Standards it answers, e.g. "DfE-CS CS4", "NCSC-MFA", "CE".</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Evidence">Evidence kinds the rule uses.</param>
/// <param name="Rule">Id of the C# rule that checks it.</param>
/// <param name="Source">Where the control is declared.</param>
public sealed record Control(
    string Id,
    string Domain,
    string Title,
    string Statement,
    ImmutableArray<string> Standards,
    ControlSeverity Severity,
    ImmutableArray<EvidenceKind> Evidence,
    string Rule,
    SourceSpan Source)
{
    /// <summary>
    /// The live reads that fully cover the control's tenant part (catalogue <c>live:</c>); empty when no read covers
    /// it yet. Drift on the control's resources counts against it either way.
    /// </summary>
    public ImmutableArray<LiveCheck> Live { get; init; } = [];

    /// <summary>Default parameters the catalogue ships with (e.g. <c>staffMinLength: 12</c>), as written.</summary>
    public ImmutableSortedDictionary<string, string> Parameters { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>A whole-number parameter, or <paramref name="fallback"/> when the catalogue does not set it.</summary>
    public int IntParameter(string name, int fallback) =>
        Parameters.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;

    /// <summary>A text parameter, or <paramref name="fallback"/> when the catalogue does not set it.</summary>
    public string TextParameter(string name, string fallback) => Parameters.GetValueOrDefault(name, fallback);
}
