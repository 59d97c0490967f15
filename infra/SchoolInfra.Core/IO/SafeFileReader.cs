using System.Text;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.IO;

/// <summary>
/// The one way SchoolInfra reads a file (STYLE.md "Fail closed"): stack files, records, the control catalogue,
/// templates and baseline scripts all come through here. Only ordinary files are read; the real path, with every
/// link resolved, must stay inside the boundary (the repository); the type is checked before the file is opened, so
/// a named pipe never blocks and a device is never read; the size limit holds while reading, so a file that never
/// ends (<c>/dev/zero</c>) stops at the limit; text must be UTF-8. Every refusal is a located diagnostic in plain words.
/// </summary>
public sealed class SafeFileReader
{
    /// <summary>School files are small: 4 MiB is far above any real one.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Links followed in one path before it counts as a loop (Linux's own limit is 40).</summary>
    private const int MaxLinks = 40;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _lexicalBoundary;

    /// <param name="boundary">The folder nothing may be read from outside of: the repository root.</param>
    public SafeFileReader(string boundary)
    {
        _lexicalBoundary = Path.TrimEndingDirectorySeparator(Path.GetFullPath(boundary));
        var root = Path.GetPathRoot(_lexicalBoundary) ?? "/";
        Boundary = RealPath(root, _lexicalBoundary[root.Length..]) ?? _lexicalBoundary;
    }

    /// <summary>The boundary's real path (links resolved).</summary>
    public string Boundary { get; }

    /// <summary>Whether nothing is at <paramref name="path"/> (a link to nowhere counts as something: it is refused).</summary>
    public bool IsMissing(string path)
    {
        var (kind, _, inside, loop) = Resolve(path);
        return kind == FileKind.Missing && inside && !loop;
    }

    /// <summary>
    /// Whether <paramref name="path"/> could be read, without reading it (the compiler's check on scripts that Pulumi
    /// reads later with <c>fn::readFile</c>). A refusal or a missing file is reported at <paramref name="at"/>.
    /// </summary>
    public bool Check(string path, string displayPath, DiagnosticBag diagnostics, SourceSpan? at = null) =>
        Admit(path, displayPath, diagnostics, at ?? SourceSpan.At(displayPath, 1, 1)) is not null;

    /// <summary>Reads a UTF-8 text file (a byte-order mark is skipped); null, with a diagnostic, when it is refused.</summary>
    public string? ReadText(string path, string displayPath, DiagnosticBag diagnostics, SourceSpan? at = null, int maxBytes = MaxBytes)
    {
        var where = at ?? SourceSpan.At(displayPath, 1, 1);
        var real = Admit(path, displayPath, diagnostics, where);
        if (real is null)
        {
            return null;
        }

        var bytes = ReadAdmitted(real, displayPath, diagnostics, where, maxBytes);
        return bytes is null ? null : Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>
    /// Reads a file's bytes as they are, for formats that check their own encoding (Pulumi's JSON, saved drift
    /// results); the same refusals as <see cref="ReadText"/>. Machine-written evidence can be far larger than a school
    /// file, so its reader passes its own <paramref name="maxBytes"/>.
    /// </summary>
    public byte[]? ReadBytes(string path, string displayPath, DiagnosticBag diagnostics, SourceSpan? at = null, int maxBytes = MaxBytes)
    {
        var where = at ?? SourceSpan.At(displayPath, 1, 1);
        var real = Admit(path, displayPath, diagnostics, where);
        return real is null ? null : ReadAdmitted(real, displayPath, diagnostics, where, maxBytes);
    }

    /// <summary>
    /// The entries of a folder whose names match <paramref name="pattern"/>, sorted, as full paths; the folder must
    /// stay inside the boundary. Entries are not filtered by kind: reading one that is not a file is refused then.
    /// </summary>
    public IReadOnlyList<string> List(string folder, string displayFolder, string pattern, DiagnosticBag diagnostics)
    {
        var (kind, real, inside, loop) = Resolve(folder);
        if (loop || !inside)
        {
            diagnostics.Add(loop ? LoadDiagnostics.LinkLoop(SourceSpan.At(displayFolder, 1, 1), displayFolder)
                : LoadDiagnostics.LeavesRepository(SourceSpan.At(displayFolder, 1, 1), displayFolder, ThroughLink(folder)));
            return [];
        }

        if (kind != FileKind.Directory)
        {
            return [];
        }

        var lexical = Path.GetFullPath(folder);
        return [.. Directory.EnumerateFileSystemEntries(real, pattern)
            .Select(entry => Path.Combine(lexical, Path.GetFileName(entry)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Turns text bytes into a string, or reports the line and column of the first byte that is not UTF-8.</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(LoadDiagnostics.NotUtf8(FirstInvalid(bytes, start, displayPath)));
            return null;
        }
    }

    private static SourceSpan FirstInvalid(byte[] bytes, int start, string displayPath)
    {
        var line = 1;
        var lineStart = start;
        var i = start;
        while (i < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += consumed;
        }

        return SourceSpan.At(displayPath, line, Encoding.UTF8.GetCharCount(bytes, lineStart, i - lineStart) + 1);
    }

    /// <summary>The real path when the file may be read; otherwise null after reporting why.</summary>
    private string? Admit(string path, string displayPath, DiagnosticBag diagnostics, SourceSpan at)
    {
        var (kind, real, inside, loop) = Resolve(path);
        var refusal = loop ? LoadDiagnostics.LinkLoop(at, displayPath)
            : !inside ? LoadDiagnostics.LeavesRepository(at, displayPath, ThroughLink(path))
            : kind switch
            {
                FileKind.Regular => null,
                FileKind.Missing => LoadDiagnostics.Unreadable(at, displayPath, "it does not exist"),
                _ => LoadDiagnostics.NotAFile(at, displayPath, Describe(kind)),
            };
        if (refusal is not null)
        {
            diagnostics.Add(refusal);
            return null;
        }

        return real;
    }

    private static byte[]? ReadAdmitted(string real, string displayPath, DiagnosticBag diagnostics, SourceSpan at, int maxBytes)
    {
        try
        {
            using var handle = File.OpenHandle(real, FileMode.Open, FileAccess.Read, FileShare.Read);
            // The path was checked before opening; check that what was opened is that same ordinary file, so a file
            // swapped for a link or a device in between is refused too.
            var (kind, identity) = FileProbe.Describe(handle);
            if (kind != FileKind.Regular || identity != FileProbe.IdentityOf(real))
            {
                diagnostics.Add(kind == FileKind.Regular ? LoadDiagnostics.Unreadable(at, displayPath, "it changed while it was being read")
                    : LoadDiagnostics.NotAFile(at, displayPath, Describe(kind)));
                return null;
            }

            // A file already over the limit is refused without reading it; one that grows while read stops at the limit.
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                diagnostics.Add(LoadDiagnostics.TooLarge(at, $"\"{displayPath}\" is over {maxBytes / (1024 * 1024)} MiB"));
                return null;
            }

            var buffer = new byte[(int)Math.Min(Math.Max(length, 0) + 1, (long)maxBytes + 1)];
            var total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (total > maxBytes)
                    {
                        diagnostics.Add(LoadDiagnostics.TooLarge(at, $"\"{displayPath}\" is over {maxBytes / (1024 * 1024)} MiB"));
                        return null;
                    }

                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, (long)maxBytes + 1));
                }

                var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
                if (read == 0)
                {
                    return buffer[..total];
                }

                total += read;
            }
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(LoadDiagnostics.Unreadable(at, displayPath, "permission to read it is denied"));
        }
        catch (IOException)
        {
            diagnostics.Add(LoadDiagnostics.Unreadable(at, displayPath, "the disk reported an error while reading it"));
        }

        return null;
    }

    private static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a folder",
        FileKind.Pipe => "a named pipe",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        _ => "a special file",
    };

    private (FileKind Kind, string Real, bool Inside, bool Loop) Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var real = IsUnder(full, _lexicalBoundary)
            ? RealPath(Boundary, full[_lexicalBoundary.Length..])
            : RealPath(Path.GetPathRoot(full) ?? "/", full[(Path.GetPathRoot(full) ?? "/").Length..]);
        if (real is null)
        {
            return (FileKind.Link, full, true, true);
        }

        var inside = IsUnder(real, Boundary);
        return (inside ? FileProbe.KindOf(real) : FileKind.Missing, real, inside, false);
    }

    /// <summary>Whether a path refused as outside is written inside the repository, so a link in it leads out.</summary>
    private bool ThroughLink(string path) => IsUnder(Path.GetFullPath(path), _lexicalBoundary);

    private static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="start"/> (a real path) joined with <paramref name="rest"/>, with every link resolved component
    /// by component like realpath(3); null on a loop. Paths under the boundary start from its real path, so only the
    /// components below it are looked at.
    /// </summary>
    private static string? RealPath(string start, string rest)
    {
        var current = start;
        var pending = new Stack<string>(Parts(rest).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? current;
                target = target[current.Length..];
            }

            foreach (var inner in Parts(target).Reverse())
            {
                pending.Push(inner);
            }
        }

        return current;
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
}
