using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Evidence.Inputs;

namespace SchoolInfra.Evidence.Drift;

/// <summary>
/// Where a school's latest drift result is saved: <c>schools/&lt;stack&gt;/live/drift.json</c>, written by
/// <c>schoolinfra drift --save</c> and read by <c>validate</c> and <c>report</c> when no <c>--drift FILE</c> is given.
/// The <c>live/</c> folder also holds the refresh output it was made from and, from issue 10, tenant snapshots.
/// </summary>
public static class DriftResultFile
{
    public const string LiveFolder = "live";

    public const string FileName = "drift.json";

    /// <summary>The saved result's path relative to the schools folder, e.g. <c>oakfield-primary/live/drift.json</c>.</summary>
    public static string RelativePath(string stack) => $"{stack}/{LiveFolder}/{FileName}";

    /// <summary>Reads a saved result for <paramref name="stack"/>; null (with diagnostics) when it cannot be read.</summary>
    public static DriftResult? Load(SafeFileReader reader, string path, string display, string stack, DiagnosticBag diagnostics)
    {
        var bytes = EvidenceFile.ReadBytes(reader, path, display, diagnostics);
        return bytes is null ? null : DriftResultJson.Read(bytes, display, stack, diagnostics);
    }
}
