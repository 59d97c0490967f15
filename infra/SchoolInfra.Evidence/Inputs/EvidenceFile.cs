using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Pulumi;

namespace SchoolInfra.Evidence.Inputs;

/// <summary>
/// The one place the evidence readers read a file (Pulumi JSON, stack state, saved drift results): through Core's
/// safe reader, so only an ordinary file whose real path stays inside the repository is read, with every refusal a
/// located diagnostic; only the size limit is this file's own, because Pulumi's output of a large estate is far
/// bigger than any school file.
/// </summary>
public static class EvidenceFile
{
    /// <summary>256 MiB: a refresh of a large estate is a few tens of MiB; anything larger is not Pulumi output.</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    /// <param name="reader">The repository's safe reader.</param>
    /// <param name="path">Where the file is.</param>
    /// <param name="display">How messages name it.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The bytes, or null (with a diagnostic) when the file cannot be read.</returns>
    public static byte[]? ReadBytes(SafeFileReader reader, string path, string display, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (reader.IsMissing(path))
        {
            // Said in Pulumi's words, with a hint on how to pass its output, rather than the stack-file hint.
            diagnostics.Add(PulumiDiagnostics.Unreadable(display, "it does not exist"));
            return null;
        }

        return reader.ReadBytes(path, display, diagnostics, maxBytes: MaxBytes);
    }
}
