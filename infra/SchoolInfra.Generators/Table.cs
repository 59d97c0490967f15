namespace SchoolInfra.Generators;

/// <summary>
/// The generated code for one type: a registration line for the module initializer and the members it calls. Plain
/// strings, so the incremental pipeline can tell when nothing changed.
/// </summary>
internal sealed class Table : IEquatable<Table>
{
    public Table(string key, string registration, string members, Problem? problem = null)
    {
        Key = key;
        Registration = registration;
        Members = members;
        Problem = problem;
    }

    /// <summary>The type's fully qualified name.</summary>
    public string Key { get; }

    public string Registration { get; }

    public string Members { get; }

    /// <summary>Why no table can be written for the type (reported as an error), or null.</summary>
    public Problem? Problem { get; }

    public static Table Failed(string key, Problem problem) => new(key, string.Empty, string.Empty, problem);

    public bool Equals(Table? other) => other is not null && Key == other.Key && Registration == other.Registration
        && Members == other.Members && Equals(Problem, other.Problem);

    public override bool Equals(object? obj) => Equals(obj as Table);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key) ^ StringComparer.Ordinal.GetHashCode(Members);
}
