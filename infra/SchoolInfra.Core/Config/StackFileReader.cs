using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.IO;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.Config;

/// <summary>Reads a Pulumi stack file (<c>Pulumi.&lt;stack&gt;.yaml</c>) into a <see cref="ConfigSource"/>, keeping positions.</summary>
public static class StackFileReader
{
    /// <summary>Reads the file at <paramref name="path"/> through the safe reader; messages name it as <paramref name="displayPath"/>.</summary>
    public static ConfigSource? Read(SafeFileReader reader, string path, string displayPath, string stackName, DiagnosticBag diagnostics)
    {
        var text = reader.ReadText(path, displayPath, diagnostics);
        return text is null ? null : Parse(text, displayPath, stackName, diagnostics);
    }

    public static ConfigSource? Parse(string text, string displayPath, string stackName, DiagnosticBag diagnostics)
    {
        var root = SourceReader.Read(text, displayPath, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Add(LoadDiagnostics.NotAStackFile(SourceSpan.At(displayPath, 1, 1)));
            }

            return null;
        }

        if (root is not SourceMapping top || top["config"] is not SourceMapping config)
        {
            diagnostics.Add(LoadDiagnostics.NotAStackFile(root.Span));
            return null;
        }

        var entries = ImmutableArray.CreateBuilder<ConfigEntry>();
        foreach (var entry in config.Entries)
        {
            var encrypted = entry.Value is SourceMapping { Entries: [{ Key.Text: "secure" }] };
            entries.Add(new ConfigEntry(entry.Key.Text, entry.Key, entry.Value, encrypted, FromEngine: false));
        }

        return new ConfigSource(stackName, displayPath, config.Span, entries.ToImmutable());
    }
}
