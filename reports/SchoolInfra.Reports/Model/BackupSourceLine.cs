namespace SchoolInfra.Reports.Model;

/// <summary>Something that is backed up, and the copies that hold it.</summary>
public sealed record BackupSourceLine(string Name, string KeptIn);
