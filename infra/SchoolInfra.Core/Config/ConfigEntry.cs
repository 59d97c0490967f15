using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Core.Config;

/// <summary>
/// One top-level stack config key, e.g. <c>schoolinfra:identity</c>. From the stack file the value is YAML; from
/// the engine (<c>PULUMI_CONFIG</c>) it is a string that holds JSON text for structured values.
/// </summary>
/// <param name="Key">The full key with its namespace.</param>
/// <param name="KeyNode">The key as read, for locations.</param>
/// <param name="Value">The value node.</param>
/// <param name="IsEncrypted">The stack file stores it as <c>secure:</c> ciphertext.</param>
/// <param name="FromEngine">The value came from <c>PULUMI_CONFIG</c>: structured values are JSON text.</param>
public sealed record ConfigEntry(string Key, SourceScalar KeyNode, SourceNode Value, bool IsEncrypted, bool FromEngine);
