namespace SchoolInfra.Reports.Model;

/// <summary>One backup copy: its name, kind of storage, where it is kept and its safeguards ("Yes"/"No").</summary>
public sealed record BackupCopyLine(string Name, string Kind, string Place, string OffSite, string Offline, string Encrypted);
