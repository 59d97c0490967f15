using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Text;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.Config;

/// <summary>
/// Reads the config the Pulumi YAML language host passes to a compiler: <c>PULUMI_CONFIG</c> is a JSON object of
/// strings (structured values as JSON text, secrets decrypted). See reference/pulumi-contract.md A.4-A.5.
/// </summary>
public static class EngineConfigReader
{
    public const string Origin = "PULUMI_CONFIG";

    /// <summary>The short stack name: the engine may pass <c>org/project/stack</c>; the last segment is the stack.</summary>
    public static string ShortStackName(string stack)
    {
        var slash = stack.LastIndexOf('/');
        return slash >= 0 ? stack[(slash + 1)..] : stack;
    }

    public static ConfigSource? Read(string stack, string? configJson, DiagnosticBag diagnostics)
    {
        var stackName = ShortStackName(stack.Trim());
        var span = SourceSpan.At(Origin, 1, 1);
        var entries = ImmutableArray.CreateBuilder<ConfigEntry>();
        if (string.IsNullOrWhiteSpace(configJson) || configJson.Trim() == "null")
        {
            return new ConfigSource(stackName, Origin, span, entries.ToImmutable());
        }

        try
        {
            using var document = JsonDocument.Parse(configJson, new JsonDocumentOptions { MaxDepth = SourceReader.MaxDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(LoadDiagnostics.EngineConfigInvalid("it is not a JSON object"));
                return null;
            }

            // Go's encoding/json sorts map keys; sort again so the result never depends on the producer.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                if (!seen.Add(property.Name))
                {
                    // The engine never repeats a key; JSON keeps only one of them silently, so refuse rather than guess.
                    diagnostics.Add(LoadDiagnostics.EngineConfigInvalid($"the key \"{TextHygiene.ForDisplay(property.Name)}\" appears twice"));
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    diagnostics.Add(LoadDiagnostics.EngineConfigInvalid($"the value of \"{property.Name}\" is not a string"));
                    continue;
                }

                var at = SourceSpan.At($"{Origin}[{property.Name}]", 1, 1);
                var key = new SourceScalar(at, property.Name, IsQuoted: true);
                var value = new SourceScalar(at, property.Value.GetString() ?? string.Empty, IsQuoted: true);
                SourceReader.CheckText(key, isName: true, diagnostics);
                SourceReader.CheckText(value, isName: false, diagnostics);
                entries.Add(new ConfigEntry(property.Name, key, value, IsEncrypted: false, FromEngine: true));
            }
        }
        catch (JsonException ex)
        {
            diagnostics.Add(LoadDiagnostics.EngineConfigInvalid(string.Create(CultureInfo.InvariantCulture,
                $"it is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})")));
            return null;
        }

        return new ConfigSource(stackName, Origin, span, entries.ToImmutable());
    }
}
