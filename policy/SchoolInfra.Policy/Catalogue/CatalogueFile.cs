using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Policy.Catalogue;

/// <summary>One catalogue file's text and the path messages name it by (e.g. <c>policy/controls/mfa.yaml</c>).</summary>
public sealed record CatalogueFile(string DisplayPath, string Text)
{
    /// <summary>Reads every *.yaml file of a folder, sorted by name so the catalogue order is stable.</summary>
    public static IReadOnlyList<CatalogueFile> ReadFolder(string folder, string displayFolder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(PolicyDiagnostics.NoCatalogue(displayFolder));
            return [];
        }

        return [.. Directory.GetFiles(folder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => new CatalogueFile($"{displayFolder}/{Path.GetFileName(f)}", File.ReadAllText(f)))];
    }
}
