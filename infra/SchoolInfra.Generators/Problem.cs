using Microsoft.CodeAnalysis;

namespace SchoolInfra.Generators;

/// <summary>A config record the generator cannot write a table for: a build error at the record's declaration.</summary>
internal sealed class Problem : IEquatable<Problem>
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "SIGEN001",
        "Config record cannot be bound",
        "The config record {0} {1}",
        "SchoolInfra.Generators",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public Problem(string type, string reason, Location? location)
    {
        Type = type;
        Reason = reason;
        Location = location;
    }

    public string Type { get; }

    public string Reason { get; }

    public Location? Location { get; }

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Type, Reason);

    public bool Equals(Problem? other) => other is not null && Type == other.Type && Reason == other.Reason && Equals(Location, other.Location);

    public override bool Equals(object? obj) => Equals(obj as Problem);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Type) ^ StringComparer.Ordinal.GetHashCode(Reason);
}
