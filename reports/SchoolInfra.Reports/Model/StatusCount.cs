namespace SchoolInfra.Reports.Model;

/// <summary>One status in the at-a-glance chart.</summary>
/// <param name="Key">CSS class: met, not-met, partial, no-evidence or waived.</param>
/// <param name="Label">"Met", "Not met", ...</param>
/// <param name="Count">How many controls have it.</param>
/// <param name="Percent">Its share of all controls, e.g. "72%".</param>
/// <param name="BarWidth">Bar length in SVG units (0 to <see cref="MaxBarWidth"/>).</param>
/// <param name="Y">Top of its row in SVG units.</param>
public sealed record StatusCount(string Key, string Label, int Count, string Percent, int BarWidth, int Y)
{
    public const int MaxBarWidth = 300;
}
