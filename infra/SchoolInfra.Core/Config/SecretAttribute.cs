namespace SchoolInfra.Core.Config;

/// <summary>
/// A top-level key whose value is a secret. In the stack file it must be encrypted (<c>secure:</c>); in engine
/// mode Pulumi passes it in plain text, and the binder drops the value at once. Templates reference it as <c>${key}</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
