using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Text;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Model;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.Config;

/// <summary>
/// Turns <see cref="SourceNode"/>s into typed config records, reporting every problem: unknown keys with
/// "did you mean", missing or mistyped values, ranges, formats, duplicate names and dangling references.
/// </summary>
public sealed class ConfigBinder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly List<(RefKind Kind, string Value, SourceSpan Span)> _keys = [];
    private readonly List<(RefKind Kind, string Value, SourceSpan Span)> _references = [];

    private ConfigBinder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    /// <summary>Binds a whole stack config. Returns null when required parts could not be read.</summary>
    public static SchoolConfig? BindSchool(ConfigSource source, DiagnosticBag diagnostics)
    {
        var binder = new ConfigBinder(diagnostics);
        var config = binder.BindTopLevel(source);
        binder.CheckReferences();
        return config;
    }

    /// <summary>Binds one node to a record type, e.g. a record file or a catalogue entry.</summary>
    public static T? Bind<T>(SourceNode node, string path, DiagnosticBag diagnostics)
        where T : ConfigRecord
    {
        var binder = new ConfigBinder(diagnostics);
        var value = (T?)binder.BindRecord(typeof(T), node, path, path);
        binder.CheckReferences();
        return value;
    }

    private SchoolConfig? BindTopLevel(ConfigSource source)
    {
        var shape = ConfigShape.Of(typeof(SchoolConfig));
        var prefix = ConfigSource.Namespace + ":";
        var values = new Dictionary<ConfigProperty, object?>();
        foreach (var entry in source.Entries)
        {
            if (!entry.Key.StartsWith(prefix, StringComparison.Ordinal))
            {
                // Other namespaces (azure-native:location, azuread:tenantId...) configure providers, not the school.
                continue;
            }

            var name = entry.Key[prefix.Length..];
            if (!shape.ByName.TryGetValue(name, out var property))
            {
                var suggestion = TextDistance.Closest(name, shape.Properties.Select(p => p.Name));
                _diagnostics.Add(ConfigDiagnostics.UnknownKey(entry.KeyNode.Span, entry.Key,
                    suggestion is null ? null : prefix + suggestion, "in a school's stack config"));
                continue;
            }

            if (property.IsSecret)
            {
                values[property] = BindSecret(entry, name);
                continue;
            }

            if (entry.IsEncrypted)
            {
                _diagnostics.Add(ConfigDiagnostics.EncryptedButNotSecret(entry.Value.Span, entry.Key));
                continue;
            }

            var node = entry.Value;
            if (entry.FromEngine && node is SourceScalar text && (property.IsList || ConfigShape.IsRecord(property.ValueType)))
            {
                // PULUMI_CONFIG carries structured values as JSON text inside a string.
                node = JsonSourceReader.Read(text.Text, $"PULUMI_CONFIG[{entry.Key}]", _diagnostics);
                if (node is null)
                {
                    continue;
                }
            }

            values[property] = BindProperty(property, node, entry.Key, entry.Key);
        }

        var where = "in the stack config";
        var missing = false;
        foreach (var property in shape.Properties.Where(p => p.IsRequired && !values.ContainsKey(p)))
        {
            _diagnostics.Add(ConfigDiagnostics.Missing(source.Span, prefix + property.Name, where));
            missing = true;
        }

        if (missing || values.Any(kv => kv.Key.IsRequired && kv.Value is null))
        {
            return null;
        }

        return (SchoolConfig)Create(shape, values, source.Span, ConfigSource.Namespace);
    }

    private ConfigSecret? BindSecret(ConfigEntry entry, string name)
    {
        if (!entry.FromEngine && !entry.IsEncrypted)
        {
            // Never quote the value: it is a secret that was written in the clear.
            _diagnostics.Add(ConfigDiagnostics.SecretInPlainText(entry.Value.Span, entry.Key));
            return null;
        }

        return new ConfigSecret(name);
    }

    private object? BindProperty(ConfigProperty property, SourceNode node, string path, string key)
    {
        if (property.IsList)
        {
            if (node is SourceScalar { IsNull: true })
            {
                return property.CreateList([]);
            }

            if (node is not SourceSequence sequence)
            {
                _diagnostics.Add(ConfigDiagnostics.WrongType(node.Span, key, "a list", node.KindWord));
                return null;
            }

            var items = new List<object>();
            for (var i = 0; i < sequence.Items.Length; i++)
            {
                var item = BindValue(property, sequence.Items[i], $"{path}[{i}]", key);
                if (item is not null)
                {
                    items.Add(item);
                }
            }

            return property.CreateList(items);
        }

        return BindValue(property, node, path, key);
    }

    private object? BindValue(ConfigProperty property, SourceNode node, string path, string key)
    {
        var type = property.ValueType;
        if (ConfigShape.IsRecord(type))
        {
            return BindRecord(type, node, path, key);
        }

        if (node is not SourceScalar scalar)
        {
            _diagnostics.Add(ConfigDiagnostics.WrongType(node.Span, key, Describe(type), node.KindWord));
            return null;
        }

        if (scalar.IsNull)
        {
            return null;
        }

        var value = ParseScalar(type, scalar, key);
        if (value is not null)
        {
            Check(property, value, scalar, key);
        }

        return value;
    }

    private ConfigRecord? BindRecord(Type type, SourceNode node, string path, string key)
    {
        if (node is not SourceMapping mapping)
        {
            _diagnostics.Add(ConfigDiagnostics.WrongType(node.Span, key, "a section of named settings", node.KindWord));
            return null;
        }

        var shape = ConfigShape.Of(type);
        var values = new Dictionary<ConfigProperty, object?>();
        foreach (var entry in mapping.Entries)
        {
            if (!shape.ByName.TryGetValue(entry.Key.Text, out var property))
            {
                var suggestion = TextDistance.Closest(entry.Key.Text, shape.Properties.Select(p => p.Name));
                _diagnostics.Add(ConfigDiagnostics.UnknownKey(entry.Key.Span, entry.Key.Text, suggestion, $"under \"{key}\""));
                continue;
            }

            values[property] = BindProperty(property, entry.Value, $"{path}.{property.Name}", property.Name);
        }

        var complete = true;
        foreach (var property in shape.Properties.Where(p => p.IsRequired))
        {
            if (!values.TryGetValue(property, out var value))
            {
                _diagnostics.Add(ConfigDiagnostics.Missing(mapping.Span, property.Name, $"under \"{key}\""));
                complete = false;
            }
            else if (value is null)
            {
                if (!property.IsList && mapping[property.Name] is SourceScalar { IsNull: true } empty)
                {
                    _diagnostics.Add(ConfigDiagnostics.Missing(empty.Span, property.Name, $"under \"{key}\""));
                }

                complete = false;
            }
        }

        return complete ? Create(shape, values, mapping.Span, path) : null;
    }

    private static ConfigRecord Create(ConfigShape shape, Dictionary<ConfigProperty, object?> values, SourceSpan span, string path)
    {
        var record = shape.Create();
        foreach (var (property, value) in values)
        {
            // A null value (an empty "key:") keeps the property's default, which is null for optional settings.
            if (value is not null)
            {
                property.Set(record, value);
            }
        }

        SetSpan(record, span);
        SetConfigPath(record, path);
        return record;
    }

    // Span and ConfigPath are init-only: the binder fills them after construction, as a deserializer does.
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Span")]
    private static extern void SetSpan(ConfigRecord record, SourceSpan span);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ConfigPath")]
    private static extern void SetConfigPath(ConfigRecord record, string path);

    private object? ParseScalar(Type type, SourceScalar scalar, string key)
    {
        var text = scalar.Text;
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(int) || type == typeof(long))
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                && (type == typeof(long) || number is >= int.MinValue and <= int.MaxValue))
            {
                return type == typeof(int) ? (object)(int)number : number;
            }

            return Fail("a whole number");
        }

        if (type == typeof(bool))
        {
            return text switch
            {
                "true" => true,
                "false" => false,
                _ => Fail("true or false"),
            };
        }

        if (type == typeof(LocalDate))
        {
            if (IsoDate.TryParse(text, out var date))
            {
                return date;
            }

            // A YAML library may have turned an unquoted date into a midnight timestamp on its way through the engine.
            var stamp = OffsetDateTimePattern.ExtendedIso.Parse(text);
            return stamp.Success && stamp.Value.TimeOfDay == LocalTime.Midnight
                ? stamp.Value.Date
                : Fail("a date written as YYYY-MM-DD");
        }

        if (type.IsEnum)
        {
            var table = ConfigEnum.Of(type);
            foreach (var member in table.Members)
            {
                if (string.Equals(member.Word, text, StringComparison.OrdinalIgnoreCase))
                {
                    return member.Value;
                }
            }

            var suggestion = TextDistance.Closest(text, table.Words);
            _diagnostics.Add(ConfigDiagnostics.WrongType(scalar.Span, key, "one of: " + string.Join(", ", table.Words),
                $"\"{text}\"" + (suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)")));
            return null;
        }

        throw new InvalidOperationException($"The config binder has no rule for {type.Name}.");

        object? Fail(string expected)
        {
            _diagnostics.Add(ConfigDiagnostics.WrongType(scalar.Span, key, expected, $"\"{text}\""));
            return null;
        }
    }

    private void Check(ConfigProperty property, object value, SourceScalar scalar, string key)
    {
        if (property.Range is { } range && value is int or long)
        {
            var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
            var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
            if (number < min || number > max)
            {
                var allowed = max >= long.MaxValue
                    ? string.Create(CultureInfo.InvariantCulture, $"at least {min}")
                    : string.Create(CultureInfo.InvariantCulture, $"from {min} to {max}");
                _diagnostics.Add(ConfigDiagnostics.OutOfRange(scalar.Span, key, scalar.Text, allowed));
            }
        }

        if (property.Length is { } length && value is string s && (s.Length < length.MinimumLength || s.Length > length.MaximumLength))
        {
            _diagnostics.Add(ConfigDiagnostics.OutOfRange(scalar.Span, key, $"{s.Length} characters long",
                $"{length.MinimumLength} to {length.MaximumLength} characters"));
        }

        if (property.Format is { } format && value is string text && !ValueFormats.IsValid(format, text))
        {
            _diagnostics.Add(ConfigDiagnostics.BadFormat(scalar.Span, key, text, ValueFormats.Describe(format)));
        }

        if (value is string name)
        {
            if (property.UniqueKey is { } kind)
            {
                _keys.Add((kind, name, scalar.Span));
            }

            if (property.RefersTo is { } target)
            {
                _references.Add((target, name, scalar.Span));
            }
        }
    }

    private void CheckReferences()
    {
        var declared = new Dictionary<RefKind, Dictionary<string, SourceSpan>>();
        foreach (var (kind, value, span) in _keys)
        {
            var table = declared.TryGetValue(kind, out var t) ? t : declared[kind] = new(StringComparer.Ordinal);
            if (table.TryGetValue(value, out var first))
            {
                _diagnostics.Add(ConfigDiagnostics.Duplicate(span, RefKinds.Noun(kind), value, first));
            }
            else
            {
                table[value] = span;
            }
        }

        foreach (var (kind, value, span) in _references)
        {
            var table = declared.TryGetValue(kind, out var t) ? t : [];
            if (!table.ContainsKey(value))
            {
                _diagnostics.Add(ConfigDiagnostics.UnknownReference(span, RefKinds.Noun(kind), value,
                    TextDistance.Closest(value, table.Keys), RefKinds.DeclaredUnder(kind)));
            }
        }
    }

    private static string Describe(Type type) =>
        type == typeof(string) ? "text"
        : type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(bool) ? "true or false"
        : type == typeof(LocalDate) ? "a date written as YYYY-MM-DD"
        : type.IsEnum ? "one of: " + string.Join(", ", ConfigNaming.EnumValues(type))
        : "a single value";
}
