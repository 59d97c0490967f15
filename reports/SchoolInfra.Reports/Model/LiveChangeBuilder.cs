using System.Collections.Immutable;
using SchoolInfra.Evidence.Drift;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// Groups the changes found on the live systems (drift items, from Pulumi's refresh or a tenant read) that leave
/// controls not met: one entry per changed resource or live object, whichever source saw it and however many controls
/// it breaks, so the report says once what changed, which controls it affects, who acts and what applying the approved
/// settings again does (issue 12: no repeated sentences).
/// </summary>
internal static class LiveChangeBuilder
{
    public const string KeyPrefix = "live-change-";

    /// <summary>Said once above the actions when there is at least one change: what every change's action is.</summary>
    public const string HowToPutRight = "A change found on the live systems is put right by applying the approved settings again or, if the change was wanted, by making it through an approved change.";

    public static ImmutableArray<LiveChange> Build(ImmutableArray<EvaluatedControl> evaluated, PlainKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var groups = new List<(string Key, DriftItem Item, List<EvaluatedControl> Controls)>();
        foreach (var control in evaluated.OrderBy(e => e.Order))
        {
            foreach (var item in control.Finding?.Problems.SelectMany(p => p.Drift) ?? [])
            {
                var key = Key(item);
                var at = groups.FindIndex(g => g.Key == key);
                if (at < 0)
                {
                    groups.Add((key, item, [control]));
                }
                else if (!groups[at].Controls.Contains(control))
                {
                    groups[at].Controls.Add(control);
                }
            }
        }

        return
        [
            .. groups
                .Select(g => (g.Item, Controls: g.Controls, Severity: g.Controls.Max(c => c.Control.Severity), Order: g.Controls.Min(c => c.Order)))
                .OrderByDescending(g => g.Severity)
                .ThenBy(g => g.Order)
                .Select((g, i) => new LiveChange(
                    $"{KeyPrefix}{i + 1}",
                    Label(g.Item.Kind),
                    Text(g.Item, [.. g.Controls.Select(c => c.Control.Id)], keys),
                    [.. g.Controls.Select(c => c.Control.Id)],
                    g.Item.WhoActs,
                    g.Severity,
                    g.Order)),
        ];
    }

    /// <summary>The same resource seen by two sources (a refresh and a tenant read) is one change.</summary>
    private static string Key(DriftItem item) => $"{item.Kind}|{item.Resource.LogicalName ?? item.Resource.Address}";

    private static string Label(DriftKind kind) => kind switch
    {
        DriftKind.DeletedOutsidePipeline => "Deleted outside the approved process",
        DriftKind.Unmanaged => "Added outside the approved process",
        DriftKind.Unreadable => "Could not be read",
        _ => "Changed outside the approved process",
    };

    /// <summary>What changed, then one sentence naming the controls and what applying the approved settings again does.</summary>
    public static string Text(DriftItem item, IReadOnlyList<string> controls, PlainKeys keys)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(keys);
        var name = Sentences.Capitalise(Name(item.Resource, keys));
        var what = item.Kind switch
        {
            DriftKind.DeletedOutsidePipeline => $"{name} was deleted.",
            DriftKind.Unmanaged => Unmanaged(name, item.Note, keys),
            DriftKind.Unreadable when item.Resource.Address.Length == 0 => Sentences.Full(keys.Rewrite(item.Note)),
            DriftKind.Unreadable => $"{name} could not be read, so nobody knows whether it was changed.",
            _ => $"{name} {keys.Rewrite(DriftWording.Change(item))}.",
        };
        var ids = EnglishList.Join(controls);
        var one = controls.Count == 1;
        var effect = (item.Kind, item.NextDeploy) switch
        {
            (DriftKind.Unreadable, _) => $"{ids} {(one ? "has" : "have")} no live evidence until it can be read; find out why it could not be read, then check again.",
            (_, NextDeploy.LeavesAlone) or (DriftKind.Unmanaged, _) =>
                $"{ids} {(one ? "is" : "are")} not met until it is removed, or added to the school's settings through an approved change; applying the approved settings again leaves it alone.",
            (_, NextDeploy.CreatesAgain) => $"{ids} {(one ? "is" : "are")} not met until it is restored; applying the approved settings again creates it again.",
            (_, NextDeploy.Replaces) => $"{ids} {(one ? "is" : "are")} not met until it is put back; applying the approved settings again replaces it with the approved one.",
            (_, NextDeploy.PutsBack) => $"{ids} {(one ? "is" : "are")} not met until it is put back; applying the approved settings again puts it back.",
            _ => $"{ids} {(one ? "is" : "are")} not met until it is put right.",
        };
        return $"{what} {effect}";
    }

    /// <summary>
    /// "the sign-in rule \"Require MFA for staff\""; a resource whose own name is technical (a vault's cloud name) goes by
    /// the plain name the school's settings give it ("the backup vault").
    /// </summary>
    private static string Name(DriftResource resource, PlainKeys keys)
    {
        if (resource.Address.Length == 0)
        {
            return resource.DisplayName;
        }

        var quoted = $"\"{resource.DisplayName}\"";
        var plain = keys.Rewrite(quoted);
        var noun = DriftWording.Noun(resource.Type);
        return plain == quoted ? $"the {noun} {quoted}"
            : plain.StartsWith("the ", StringComparison.Ordinal) ? plain
            : $"the {noun} \"{plain}\"";
    }

    /// <summary>
    /// Something on the live systems nobody declared: the source's note says what it does. A note that starts "A sign-in
    /// rule made outside the pipeline" is said with the thing's own name instead; a note with its own subject (who holds
    /// an administrator role) is enough on its own.
    /// </summary>
    private static string Unmanaged(string name, string note, PlainKeys keys)
    {
        const string Marker = " made outside the pipeline";
        var plain = $"{name} is not in the school's settings";
        var at = note.IndexOf(Marker, StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(note))
        {
            return plain + ".";
        }

        if (!note.StartsWith("A ", StringComparison.Ordinal) || at < 0)
        {
            return Ended(keys.Rewrite(note.Trim()));
        }

        var rest = keys.Rewrite(note[(at + Marker.Length)..].Trim());
        return rest.StartsWith('.') ? Ended($"{plain}. {rest[1..].Trim()}")
            : rest.StartsWith('(') ? Ended($"{plain} {rest}")
            : Ended(plain + rest);
    }

    private static string Ended(string text) => text.Trim() is var t && t.EndsWith('.') ? t : t + ".";
}
