namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Pulumi URNs: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;[parentType$]type&gt;::&lt;name&gt;</c>.
/// </summary>
public static class Urns
{
    private const string Prefix = "urn:pulumi:";
    private const string Separator = "::";

    /// <summary>The stack part (the short stack name, e.g. <c>oakfield-primary</c>); empty when not a URN.</summary>
    public static string Stack(string urn) => Part(urn, 0) is { } stack && stack.StartsWith(Prefix, StringComparison.Ordinal) ? stack[Prefix.Length..] : string.Empty;

    /// <summary>The resource's own type (the last of <c>parentType$type</c>); empty when not a URN.</summary>
    public static string Type(string urn)
    {
        var qualified = Part(urn, 2) ?? string.Empty;
        var dollar = qualified.LastIndexOf('$');
        return dollar < 0 ? qualified : qualified[(dollar + 1)..];
    }

    /// <summary>The resource's name: the template's logical name for Pulumi YAML programs.</summary>
    public static string Name(string urn)
    {
        var index = 0;
        for (var i = 0; i < 3; i++)
        {
            var next = urn.IndexOf(Separator, index, StringComparison.Ordinal);
            if (next < 0)
            {
                return string.Empty;
            }

            index = next + Separator.Length;
        }

        return urn[index..];
    }

    /// <summary>Part <paramref name="part"/> of <c>urn.Split("::", 4)</c> when that gives four parts, found without
    /// splitting (drift reads every step's URN).</summary>
    private static string? Part(string urn, int part)
    {
        Span<int> separators = stackalloc int[3];
        var from = 0;
        for (var i = 0; i < separators.Length; i++)
        {
            var next = urn.IndexOf(Separator, from, StringComparison.Ordinal);
            if (next < 0)
            {
                return null;
            }

            separators[i] = next;
            from = next + Separator.Length;
        }

        var start = part == 0 ? 0 : separators[part - 1] + Separator.Length;
        var end = part == separators.Length ? urn.Length : separators[part];
        return urn[start..end];
    }
}
