using System.Collections.Immutable;

namespace SchoolInfra.Infra.Types;

/// <summary>
/// pulumi/pulumi-std, Pulumi's standard library of pure functions (no cloud calls, no configuration). Used where Pulumi
/// YAML has no built-in conversion, e.g. a Jamf Pro group id (a string) into the integer a profile scope takes.
/// </summary>
public static class StdTypes
{
    public const string Package = "std";

    /// <summary>Parses a string as an integer in a base; returns <c>result</c> (integer).</summary>
    public const string ParseInt = "std:index:parseint";

    public static ImmutableArray<string> Resources { get; } = [];

    public static ImmutableArray<string> Functions { get; } = [ParseInt];
}
