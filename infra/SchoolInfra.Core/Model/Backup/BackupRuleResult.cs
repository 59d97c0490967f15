using System.Collections.Immutable;

namespace SchoolInfra.Core.Model.Backup;

/// <summary>
/// The 3-2-1-1 figures counted from declared copies by <see cref="BackupCopyCounter"/>: copies, kinds of storage,
/// copies off site, copies offline, copies immutable, and what is missing. Validation, the policy rules (BAK-01,
/// BAK-02, BAK-06) and the governors' report all read this one result.
/// </summary>
/// <param name="Copies">Backup copies, plus one for the live data when the school counts it.</param>
/// <param name="MediaKinds">Distinct kinds of storage (cloud, disk, removable drive, tape).</param>
/// <param name="OffSite">Copies away from the school site; every cloud copy is off site.</param>
/// <param name="Offline">Removable drives or tapes unplugged between runs.</param>
/// <param name="Immutable">Cloud vault copies whose vault immutability is locked (connected, but cannot be changed).</param>
/// <param name="CountsLiveCopy">The live data was counted as one of the copies (<c>countLiveCopy: true</c>).</param>
/// <param name="ProtectedCopies">Keys of the copies that are offline or immutable, sorted: the ones a yearly restore
/// test must use (BAK-06).</param>
/// <param name="Shortfalls">What the copies miss, in rule order; empty when 3-2-1-1 is met.</param>
public sealed record BackupRuleResult(
    int Copies,
    int MediaKinds,
    int OffSite,
    int Offline,
    int Immutable,
    bool CountsLiveCopy,
    ImmutableArray<string> ProtectedCopies,
    ImmutableArray<BackupShortfall> Shortfalls)
{
    public const int RequiredCopies = 3;
    public const int RequiredMediaKinds = 2;
    public const int RequiredOffSite = 1;
    public const int RequiredProtected = 1;

    /// <summary>3 copies, 2 kinds of storage, 1 off site (DfE cyber security standard CS6, BAK-01).</summary>
    public bool Meets321 => Copies >= RequiredCopies && MediaKinds >= RequiredMediaKinds && OffSite >= RequiredOffSite;

    /// <summary>3-2-1 plus one copy that is offline or immutable (NCSC backup guidance, BAK-02).</summary>
    public bool Meets3211 => Meets321 && ProtectedCopies.Length >= RequiredProtected;

    public bool Equals(BackupRuleResult? other) => other is not null
        && Copies == other.Copies && MediaKinds == other.MediaKinds && OffSite == other.OffSite
        && Offline == other.Offline && Immutable == other.Immutable && CountsLiveCopy == other.CountsLiveCopy
        && ProtectedCopies.SequenceEqual(other.ProtectedCopies) && Shortfalls.SequenceEqual(other.Shortfalls);

    public override int GetHashCode() => HashCode.Combine(Copies, MediaKinds, OffSite, Offline, Immutable, CountsLiveCopy);
}
