namespace SchoolInfra.Testing;

/// <summary>One request a <see cref="LoopbackServer"/> received: method, path, query string (with its "?") and the Authorization header.</summary>
public sealed record LoopbackRequest(string Method, string Path, string Query, string Authorization);
