using System.Net;
using System.Text.RegularExpressions;

namespace SchoolInfra.Core.Config;

/// <summary>Checks for <see cref="ValueFormat"/>s.</summary>
public static partial class ValueFormats
{
    public static bool IsValid(ValueFormat format, string value) => format switch
    {
        ValueFormat.Key => KeyPattern().IsMatch(value),
        ValueFormat.Cidr => IsCidr(value),
        ValueFormat.Domain => DomainPattern().IsMatch(value) && value.Length <= 253,
        ValueFormat.UserPrincipalName or ValueFormat.Email => EmailPattern().IsMatch(value),
        ValueFormat.Version => VersionPattern().IsMatch(value),
        ValueFormat.TimeOfDay => TimePattern().IsMatch(value),
        ValueFormat.RelativePath => IsSafeRelativePath(value),
        ValueFormat.AzureName => AzureNamePattern().IsMatch(value),
        ValueFormat.ControlId => ControlIdPattern().IsMatch(value),
        ValueFormat.GitHubUser => GitHubUserPattern().IsMatch(value),
        _ => true,
    };

    public static string Describe(ValueFormat format) => format switch
    {
        ValueFormat.Key => "a key of letters and digits starting with a lower-case letter (e.g. year6Pupils)",
        ValueFormat.Cidr => "an IP range such as 203.0.113.0/24",
        ValueFormat.Domain => "a domain name such as example.org",
        ValueFormat.UserPrincipalName => "a sign-in name such as name@school.example",
        ValueFormat.Email => "an email address",
        ValueFormat.Version => "a version number such as 10.0.22631",
        ValueFormat.TimeOfDay => "a time such as 19:00",
        ValueFormat.RelativePath => "a path inside the schools folder, with forward slashes and no \"..\"",
        ValueFormat.AzureName => "a name of letters, digits and hyphens",
        ValueFormat.ControlId => "a control id such as MFA-01",
        ValueFormat.GitHubUser => "a GitHub user name such as example-head (letters, digits and single hyphens)",
        _ => "valid",
    };

    private static bool IsCidr(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && IPNetwork.TryParse(value, out var network) && network.BaseAddress.ToString() == value[..slash];
    }

    private static bool IsSafeRelativePath(string value) =>
        value.Length > 0 && !value.StartsWith('/') && !value.Contains('\\', StringComparison.Ordinal)
        && !value.Split('/').Any(part => part is ".." or "." or "") && !value.Contains(':', StringComparison.Ordinal);

    [GeneratedRegex("^[a-z][a-zA-Z0-9]{0,62}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")]
    private static partial Regex DomainPattern();

    [GeneratedRegex("^[A-Za-z0-9._%+'-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[0-9]{1,5}(\\.[0-9]{1,6}){1,3}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex TimePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,88}[A-Za-z0-9]$")]
    private static partial Regex AzureNamePattern();

    [GeneratedRegex("^[A-Z]{3}-[0-9]{2}$")]
    private static partial Regex ControlIdPattern();

    // GitHub's rule for user names: 1 to 39 characters, letters, digits and hyphens, no hyphen first, last or twice in a row.
    [GeneratedRegex("^(?=.{1,39}$)[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex GitHubUserPattern();
}
