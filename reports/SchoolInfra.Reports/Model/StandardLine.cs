namespace SchoolInfra.Reports.Model;

/// <summary>Where the school stands against one DfE standard, from the controls that answer it.</summary>
/// <param name="Family">"DfE filtering and monitoring standards" or "DfE cyber security standards".</param>
/// <param name="Name">The standard in plain words, e.g. "FM3 Filtering blocks harmful content".</param>
/// <param name="StatusKey">CSS class: met, not-met, partial, no-evidence.</param>
/// <param name="StatusLabel">"Met", "Not met", "Partly met", "Not fully checked".</param>
/// <param name="Detail">"12 of 13 controls met. Not met: BAK-01."</param>
/// <param name="StartsFamily">The first line of its family, so the table prints the family's name above it.</param>
public sealed record StandardLine(string Family, string Name, string StatusKey, string StatusLabel, string Detail, bool StartsFamily = false);
