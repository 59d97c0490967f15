namespace SchoolInfra.Evidence.History;

/// <summary>One <c>Key: value</c> line from the end of a commit message. Keys are normalised to
/// <c>Approved-by</c> casing (first letter upper case, the rest lower case).</summary>
public sealed record GitTrailer(string Key, string Value);
