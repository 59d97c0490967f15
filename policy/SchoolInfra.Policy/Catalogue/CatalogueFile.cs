using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;

namespace SchoolInfra.Policy.Catalogue;

/// <summary>One catalogue file's text and the path messages name it by (e.g. <c>policy/controls/mfa.yaml</c>).</summary>
public sealed record CatalogueFile(string DisplayPath, string Text)
{
    /// <summary>Reads every *.yaml file of a folder through the safe reader, sorted by name so the catalogue order is stable.</summary>
    public static IReadOnlyList<CatalogueFile> ReadFolder(SafeFileReader reader, string folder, string displayFolder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(PolicyDiagnostics.NoCatalogue(displayFolder));
            return [];
        }

        var files = new List<CatalogueFile>();
        foreach (var path in reader.List(folder, displayFolder, "*.yaml", diagnostics))
        {
            var display = $"{displayFolder}/{Path.GetFileName(path)}";
            if (reader.ReadText(path, display, diagnostics) is { } text)
            {
                files.Add(new CatalogueFile(display, text));
            }
        }

        return files;
    }
}
