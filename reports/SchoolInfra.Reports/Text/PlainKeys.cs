using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Model;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Infra.Desired;

namespace SchoolInfra.Reports.Text;

/// <summary>
/// Rewrites the internal keys that findings quote (<c>"youngPupils"</c>, <c>ca-block-legacy-auth</c>, <c>an fm-review
/// record</c>) into the names the school gave them, so governors never read a key, a resource name or a vault's
/// technical name. Built once per report from the school's settings and desired state.
/// </summary>
public sealed partial class PlainKeys
{
    private readonly ImmutableArray<KeyValuePair<string, string>> _names;

    private PlainKeys(ImmutableArray<KeyValuePair<string, string>> names) => _names = names;

    /// <summary>Every key this instance replaces, with its plain name (longest key first).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Names => _names;

    public static PlainKeys From(SchoolConfig config, DesiredState desired)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(desired);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string name)
        {
            if (key.Length > 0 && name.Length > 0 && key != name)
            {
                names.TryAdd(key, name);
            }
        }

        foreach (var group in config.Identity.Groups)
        {
            Add(group.Key, group.DisplayName);
        }

        foreach (var area in config.Identity.AccessAreas)
        {
            Add(area.Key, area.Name);
        }

        foreach (var location in config.Identity.NamedLocations)
        {
            Add(location.Key, location.DisplayName);
        }

        foreach (var profile in config.Filtering?.Profiles ?? [])
        {
            Add(profile.Key, profile.Name);
        }

        foreach (var connection in config.Filtering?.Connections ?? [])
        {
            Add(connection.Key, connection.Name);
        }

        foreach (var source in config.Backups?.DataSources ?? [])
        {
            Add(source.Key, source.Name);
        }

        foreach (var copy in config.Backups?.Copies ?? [])
        {
            Add(copy.Key, copy.Name);
        }

        foreach (var vault in config.Backups?.Vaults ?? [])
        {
            // A vault's name is the cloud resource's name (rsv-...), not a name people use.
            Add(vault.Key, "the backup vault");
            Add(vault.Name, "the backup vault");
        }

        foreach (var group in config.Devices?.Groups ?? [])
        {
            Add(group.Key, group.DisplayName);
        }

        foreach (var resource in desired.Resources)
        {
            Add(resource.LogicalName, resource.Properties["displayName"] is Infra.Desired.PulumiText { } text ? text.Value : "one of the school's settings");
        }

        return new PlainKeys([.. names.OrderByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal)]);
    }

    /// <summary>The text with every quoted key, every key that cannot be an English word, and every record kind replaced.</summary>
    public string Rewrite(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var result = RecordPhrase().Replace(text, m =>
            RecordKinds.TryGetValue(m.Groups["kind"].Value, out var kind)
                ? "a record of the " + char.ToLowerInvariant(RecordNames.Of(kind)[0]) + RecordNames.Of(kind)[1..]
                : m.Value);
        foreach (var (key, name) in _names)
        {
            result = result.Replace($"\"{key}\"", name, StringComparison.Ordinal);
            if (LooksInternal(key))
            {
                result = Regex.Replace(result, $@"(?<![\w.@/-]){Regex.Escape(key)}(?![\w@/-]|\.\w)", name.Replace("$", "$$", StringComparison.Ordinal),
                    RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        foreach (var (jargon, plain) in Jargon)
        {
            result = result.Replace(jargon, plain, StringComparison.Ordinal);
        }

        return CamelCase().Replace(result, m => string.Join(' ', SplitWords().Matches(m.Value).Select(w => w.Value.ToLowerInvariant())));
    }

    /// <summary>Pipeline words findings use that mean nothing to a governor, with what to say instead.</summary>
    private static readonly ImmutableArray<(string Jargon, string Plain)> Jargon =
    [
        (" (observe and drift)", string.Empty),
        // Drift findings (issue 9) speak to the IT provider; governors read the same facts in their words.
        ("Open drift found on", "A change made outside the approved process was found on"),
        ("put the change back with a deploy, or make it in the stack file in a pull request, then run the drift check again",
            "put the change back by applying the approved settings again, or make it through an approved change, then check again"),
        ("run the deploy to put the declared settings back, or, if the change was wanted, make it in the stack file in a pull request",
            "apply the approved settings again to put them back or, if the change was wanted, make it through an approved change"),
        ("run the nightly drift workflow (.github/workflows/drift.yml), or pass its result to --drift", "run the nightly live check"),
        ("the nightly drift workflow", "the nightly live check"),
        ("drift check", "live check"),
        ("outside the pipeline", "outside the approved process"),
        ("in the tenant", "in Microsoft 365"),
        ("not declared in the stack file", "not in the school's settings"),
        ("declare it in the stack file in a pull request", "add it to the school's settings through an approved change"),
        (" (plan and report read it)", string.Empty),
        ("Git history is not read by validate", "The change history was not read for this check"),
        ("drift detection", "the live check"),
        ("No drift run has been observed yet", "No live check has run yet"),
        ("the nightly drift run", "a nightly live check"),
        ("in the live tenant", "on the live systems"),
        ("Drift must be resolved or approved", "A difference from the settings must be put right or approved"),
        ("the live tenant", "the live systems"),
        ("which the stack file does not give", "which the school's settings do not give"),
        ("The stack file does not give", "The school's settings do not give"),
        ("the stack file", "the school's settings"),
        ("The stack file", "The school's settings"),
        ("the vault the backup vault", "the backup vault"),
    ];

    /// <summary>Whether an evidence line is about the pipeline's own bookkeeping rather than the school.</summary>
    public static bool IsBookkeeping(string line) =>
        line.Contains("in the desired state", StringComparison.Ordinal);

    /// <summary>camelCase, digits or hyphens: a key, never an ordinary English word.</summary>
    public static bool LooksInternal(string key) =>
        key.Any(char.IsAsciiDigit) || key.Contains('-', StringComparison.Ordinal) || key.Skip(1).Any(char.IsAsciiLetterUpper);

    private static readonly ImmutableDictionary<string, RecordKind> RecordKinds =
        Enum.GetValues<RecordKind>().ToImmutableDictionary(k => ConfigNaming.EnumValue(k), k => k, StringComparer.Ordinal);

    /// <summary>A camelCase word with at least two lower-case letters first (so iPads and macOS stay as they are).</summary>
    [GeneratedRegex(@"(?<![\w.@/-])[a-z]{2,}(?:[A-Z][a-z]+)+(?![\w@/-])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"[A-Z]?[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex SplitWords();

    [GeneratedRegex(@"\ban? (?<kind>[a-z]+(?:-[a-z]+)+) record\b", RegexOptions.CultureInvariant)]
    private static partial Regex RecordPhrase();
}
