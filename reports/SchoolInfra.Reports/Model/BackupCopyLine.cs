namespace SchoolInfra.Reports.Model;

/// <summary>
/// One backup copy: its name, kind of storage, where it is kept and its safeguards. <paramref name="Protection"/>
/// keeps "offline" (unplugged between runs) and "immutable" (connected, but cannot be changed) apart.
/// </summary>
public sealed record BackupCopyLine(string Name, string Kind, string Place, string OffSite, string Protection, string Encrypted);
