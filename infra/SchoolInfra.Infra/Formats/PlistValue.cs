using System.Collections.Immutable;

namespace SchoolInfra.Infra.Formats;

/// <summary>
/// A property-list value (Apple's mobileconfig format): text, whole number, boolean, array or dictionary. Built in C#
/// and written by <see cref="PlistWriter"/>, never pasted in as text.
/// </summary>
public abstract record PlistValue
{
    public static PlistValue Text(string value) => new PlistText(value);

    public static PlistValue Number(long value) => new PlistInteger(value);

    public static PlistValue Bool(bool value) => new PlistBool(value);

    public static PlistValue Array(params PlistValue[] items) => new PlistArray([.. items]);

    public static PlistDictionary Dictionary(params (string Key, PlistValue Value)[] entries) =>
        new(entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
}
