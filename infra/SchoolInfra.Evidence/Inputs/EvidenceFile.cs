using System.Globalization;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Evidence.Pulumi;

namespace SchoolInfra.Evidence.Inputs;

/// <summary>
/// The one place the evidence readers read a file (Pulumi JSON, saved drift results): a regular file, at most
/// <see cref="MaxBytes"/>, read whole. Problems become diagnostics.
/// </summary>
/// <remarks>
/// TODO(#13): switch this single call site to Core's safe file reader (regular files inside the repository,
/// size-capped) once it lands; nothing else in Evidence opens Pulumi output or drift results.
/// </remarks>
public static class EvidenceFile
{
    /// <summary>256 MiB: a refresh of a large estate is a few tens of MiB; anything larger is not Pulumi output.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <param name="path">Where the file is.</param>
    /// <param name="display">How messages name it.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The bytes, or null (with a diagnostic) when the file cannot be read.</returns>
    public static byte[]? ReadBytes(string path, string display, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(PulumiDiagnostics.Unreadable(display, Directory.Exists(path) ? "it is a folder" : "it does not exist"));
                return null;
            }

            if (info.LinkTarget is not null || (info.Attributes & (FileAttributes.Device | FileAttributes.ReparsePoint)) != 0)
            {
                diagnostics.Add(PulumiDiagnostics.Unreadable(display, "it is a link or a device, not a regular file"));
                return null;
            }

            if (info.Length > MaxBytes)
            {
                diagnostics.Add(PulumiDiagnostics.Unreadable(display, string.Create(CultureInfo.InvariantCulture, $"it is larger than {MaxBytes / (1024 * 1024)} MiB")));
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(PulumiDiagnostics.Unreadable(display, e.Message.TrimEnd('.')));
            return null;
        }
    }
}
