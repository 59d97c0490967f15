using System.Collections.Immutable;
using NodaTime;

namespace SchoolInfra.Evidence.History;

/// <summary>A commit that changed the file or folder asked about.</summary>
/// <param name="Sha">The full commit id.</param>
/// <param name="ShortSha">The shortest unique abbreviation, at least 7 characters, as git prints it.</param>
/// <param name="AuthorName">The author's name as recorded in the commit.</param>
/// <param name="AuthorEmail">The author's email address as recorded in the commit.</param>
/// <param name="AuthoredAt">When the change was written, in the author's offset.</param>
/// <param name="CommittedAt">When it was committed (for a squash merge: when it was merged).</param>
/// <param name="Subject">The first line of the message.</param>
/// <param name="Trailers">The message's trailers in order (<c>Approved-by</c>, <c>Reviewed-by</c>, ...).</param>
public sealed record GitChange(
    string Sha,
    string ShortSha,
    string AuthorName,
    string AuthorEmail,
    OffsetDateTime AuthoredAt,
    OffsetDateTime CommittedAt,
    string Subject,
    ImmutableArray<GitTrailer> Trailers)
{
    /// <summary>The values of one trailer, matching the key case-insensitively (e.g. <see cref="TrailerKeys.ApprovedBy"/>).</summary>
    public ImmutableArray<string> TrailerValues(string key) =>
        [.. Trailers.Where(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase)).Select(t => t.Value)];
}
