
namespace SchoolInfra.Core.Model.Backup;

/// <summary>A part of the 3-2-1-1 rule that the declared copies miss (BAK-01, BAK-02).</summary>
public enum BackupShortfall
{
    /// <summary>Fewer than three copies.</summary>
    TooFewCopies,

    /// <summary>Fewer than two kinds of storage.</summary>
    TooFewMediaKinds,

    /// <summary>No copy away from the school site.</summary>
    NoOffSiteCopy,

    /// <summary>No copy that is offline or immutable, so ransomware or a stolen admin password could reach every copy.</summary>
    NoProtectedCopy,
}
