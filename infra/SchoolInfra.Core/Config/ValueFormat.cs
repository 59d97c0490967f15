namespace SchoolInfra.Core.Config;

/// <summary>Text formats the validator checks beyond "is text".</summary>
public enum ValueFormat
{
    /// <summary>Lower camel case key: starts with a letter, letters and digits only.</summary>
    Key,
    /// <summary>IPv4 or IPv6 range in CIDR form, e.g. 203.0.113.0/24.</summary>
    Cidr,
    /// <summary>A DNS domain name, e.g. youtube.com.</summary>
    Domain,
    /// <summary>A user principal name, e.g. bg1@school.onmicrosoft.com.</summary>
    UserPrincipalName,
    /// <summary>An email address.</summary>
    Email,
    /// <summary>A dotted version number, e.g. 10.0.22631.</summary>
    Version,
    /// <summary>Time of day, HH:mm (24-hour).</summary>
    TimeOfDay,
    /// <summary>A path relative to the schools folder, forward slashes, no "..".</summary>
    RelativePath,
    /// <summary>An Azure resource name: letters, digits and hyphens.</summary>
    AzureName,
    /// <summary>A control id such as MFA-01.</summary>
    ControlId,
    /// <summary>A GitHub user name: letters, digits and single hyphens, at most 39 characters.</summary>
    GitHubUser,
}
