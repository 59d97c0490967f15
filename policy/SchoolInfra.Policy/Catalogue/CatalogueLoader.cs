using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Yaml;
using SchoolInfra.Policy.Rules;

namespace SchoolInfra.Policy.Catalogue;

/// <summary>
/// Reads policy/controls/*.yaml into a <see cref="ControlCatalogue"/> and checks it like any other input: ids
/// well formed and unique, every control with a rule, every rule known. Files are ordered by their <c>order:</c>
/// (the section order of reference/controls.md), controls by their place in the file.
/// </summary>
public static partial class CatalogueLoader
{
    public static ControlCatalogue Load(IEnumerable<CatalogueFile> files, RuleRegistry rules, DiagnosticBag diagnostics)
    {
        var sections = new List<(int Order, string File, List<Control> Controls)>();
        foreach (var file in files)
        {
            var node = SourceReader.Read(file.Text, file.DisplayPath, diagnostics);
            if (node is null)
            {
                continue;
            }

            if (node is not SourceMapping { } root || root["controls"] is not SourceSequence list)
            {
                diagnostics.Add(PolicyDiagnostics.NotACatalogueFile(node.Span));
                continue;
            }

            foreach (var entry in root.Entries.Where(e => e.Key.Text is not ("controls" or "order")))
            {
                diagnostics.Add(ConfigDiagnostics.UnknownKey(entry.Key.Span, entry.Key.Text,
                    TextDistance.Closest(entry.Key.Text, ["controls", "order"]), "in a catalogue file"));
            }

            var order = root["order"] is SourceScalar o && int.TryParse(o.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
            sections.Add((order, file.DisplayPath, [.. list.Items.Select(item => ReadControl(item, diagnostics)).OfType<Control>()]));
        }

        var controls = sections.OrderBy(s => s.Order).ThenBy(s => s.File, StringComparer.Ordinal).SelectMany(s => s.Controls).ToImmutableArray();
        if (controls.IsEmpty && !diagnostics.HasErrors)
        {
            diagnostics.Add(PolicyDiagnostics.NoCatalogue("policy/controls"));
        }

        Check(controls, rules, diagnostics);
        return new ControlCatalogue(controls);
    }

    private static Control? ReadControl(SourceNode item, DiagnosticBag diagnostics)
    {
        // parameters is a free mapping of names to values, so it is taken out before binding the fixed fields.
        var parameters = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var id = (item as SourceMapping)?["id"] is SourceScalar idNode ? idNode.Text : "this control";
        if (item is SourceMapping mapping && mapping["parameters"] is { } parametersNode)
        {
            item = mapping with { Entries = [.. mapping.Entries.Where(e => e.Key.Text != "parameters")] };
            ReadParameters(parametersNode, id, parameters, diagnostics);
        }

        var entry = ConfigBinder.Bind<ControlEntry>(item, "controls", diagnostics);
        if (entry is null)
        {
            return null;
        }

        return new Control(entry.Id, entry.Domain, entry.Title, entry.Statement, entry.Standards, entry.Severity, entry.Evidence, entry.Rule, entry.Span)
        {
            Parameters = parameters.ToImmutable(),
            Live = entry.Live.IsDefault ? [] : entry.Live,
        };
    }

    private static void ReadParameters(SourceNode node, string id, ImmutableSortedDictionary<string, string>.Builder parameters, DiagnosticBag diagnostics)
    {
        if (node is not SourceMapping mapping)
        {
            diagnostics.Add(PolicyDiagnostics.BadParameter(node.Span, id, "parameters"));
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is SourceScalar { IsNull: false } value)
            {
                parameters[entry.Key.Text] = value.Text;
            }
            else
            {
                diagnostics.Add(PolicyDiagnostics.BadParameter(entry.Value.Span, id, entry.Key.Text));
            }
        }
    }

    private static void Check(ImmutableArray<Control> controls, RuleRegistry rules, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var control in controls)
        {
            if (!ControlIdPattern().IsMatch(control.Id))
            {
                diagnostics.Add(PolicyDiagnostics.MalformedControlId(control.Source, control.Id));
            }

            if (seen.TryGetValue(control.Id, out var first))
            {
                diagnostics.Add(PolicyDiagnostics.DuplicateControlId(control.Source, control.Id, first));
            }
            else
            {
                seen[control.Id] = control.Source;
            }

            if (string.IsNullOrWhiteSpace(control.Rule))
            {
                diagnostics.Add(PolicyDiagnostics.ControlWithoutRule(control.Source, control.Id));
            }
            else if (!string.Equals(control.Rule, control.Id.ToLowerInvariant(), StringComparison.Ordinal))
            {
                diagnostics.Add(PolicyDiagnostics.RuleNotControlId(control.Source, control.Id, control.Rule));
            }
            else if (rules.Find(control.Rule) is null)
            {
                diagnostics.Add(PolicyDiagnostics.UnknownRule(control.Source, control.Id, control.Rule));
            }
        }
    }

    [GeneratedRegex("^[A-Z]{3}-[0-9]{2}$")]
    private static partial Regex ControlIdPattern();
}
