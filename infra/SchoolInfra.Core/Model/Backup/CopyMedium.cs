
namespace SchoolInfra.Core.Model.Backup;

/// <summary>The kind of storage a copy is on; two different kinds are needed (the "2" of 3-2-1).</summary>
public enum CopyMedium
{
    CloudVault,
    Nas,
    RemovableDrive,
    Tape,
    BackupService,
}
