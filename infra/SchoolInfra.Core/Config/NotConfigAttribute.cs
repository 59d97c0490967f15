namespace SchoolInfra.Core.Config;

/// <summary>Marks a property that the binder neither reads nor writes (spans, derived values).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotConfigAttribute : Attribute;
