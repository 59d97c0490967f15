using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace SchoolInfra.Evidence.Observe.Jamf;

/// <summary>
/// Reads a configuration profile (an Apple plist) into its payload types and settings: every key of every payload in
/// <c>PayloadContent</c>, as <c>PayloadType.key</c> → value text, leaving out the Payload* keys (UUIDs, identifiers,
/// versions, names) that Jamf rewrites on upload. The declared profile and the one read from Jamf go through the same
/// reader, so they compare setting by setting. DTDs are ignored and never fetched.
/// </summary>
public static class PlistSettings
{
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 4_000_000 };

    public static (ImmutableArray<string> PayloadTypes, ImmutableSortedDictionary<string, string> Settings) Read(string plist)
    {
        using var reader = XmlReader.Create(new StringReader(plist), Safe);
        var root = XDocument.Load(reader).Root?.Element("dict") ?? throw new InvalidDataException("The profile is not a plist dictionary.");
        var types = new SortedSet<string>(StringComparer.Ordinal);
        var settings = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var content = Entries(root).FirstOrDefault(e => e.Key == "PayloadContent").Value;
        foreach (var payload in content?.Elements("dict") ?? [])
        {
            var entries = Entries(payload).ToList();
            var type = entries.FirstOrDefault(e => e.Key == "PayloadType").Value?.Value ?? "unknown";
            types.Add(type);
            foreach (var (key, value) in entries.Where(e => !e.Key.StartsWith("Payload", StringComparison.Ordinal)))
            {
                Flatten($"{type}.{key}", value, settings);
            }
        }

        return ([.. types], settings.ToImmutable());
    }

    private static IEnumerable<(string Key, XElement? Value)> Entries(XElement dict)
    {
        XElement? key = null;
        foreach (var element in dict.Elements())
        {
            if (element.Name == "key")
            {
                key = element;
            }
            else if (key is not null)
            {
                yield return (key.Value, element);
                key = null;
            }
        }
    }

    private static void Flatten(string path, XElement? value, ImmutableSortedDictionary<string, string>.Builder into)
    {
        switch (value?.Name.LocalName)
        {
            case "dict":
                foreach (var (key, inner) in Entries(value))
                {
                    Flatten($"{path}.{key}", inner, into);
                }

                break;
            case "array":
                into[path] = string.Join(",", value.Elements().Select(Scalar));
                break;
            case null:
                break;
            default:
                into[path] = Scalar(value);
                break;
        }
    }

    private static string Scalar(XElement e) => e.Name.LocalName switch
    {
        "true" => "true",
        "false" => "false",
        "integer" when long.TryParse(e.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n.ToString(CultureInfo.InvariantCulture),
        _ => e.Value.Trim(),
    };
}
