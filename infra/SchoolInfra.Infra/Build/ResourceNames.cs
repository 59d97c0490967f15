namespace SchoolInfra.Infra.Build;

/// <summary>
/// Logical names shared across domains. They come from config keys, never display names, because renaming a
/// Pulumi resource replaces it.
/// </summary>
public static class ResourceNames
{
    public static string Group(string key) => $"group-{key}";

    public static string BreakGlassUser(string key) => $"breakGlass-{key}";

    public static string DeviceGroup(string key) => $"deviceGroup-{key}";

    public static string NamedLocation(string key) => $"location-{key}";

    /// <summary>The school's Azure resource group (<c>school.resourceGroup</c>), emitted once for every Azure domain.</summary>
    public const string ResourceGroup = "resourceGroup";

    /// <summary>The Log Analytics workspace that keeps audit logs (LOG-01, LOG-02); other domains may send logs to it.</summary>
    public const string LogWorkspace = "logWorkspace";

    public static string BackupVault(string key) => $"backupVault-{key}";

    /// <summary>A name part from free text: letters and digits only, camel-cased at separators.</summary>
    public static string Part(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var upper = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(upper && sb.Length > 0 ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return sb.ToString();
    }
}
