namespace SchoolInfra.Core.Config;

/// <summary>A secret config key that is set. It never holds the value: only the key to reference in the template.</summary>
public sealed record ConfigSecret(string Key)
{
    /// <summary>The Pulumi YAML reference, e.g. <c>${jamfAdeToken}</c>.</summary>
    public string Reference => "${" + Key + "}";
}
