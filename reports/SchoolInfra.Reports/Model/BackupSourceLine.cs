namespace SchoolInfra.Reports.Model;

/// <summary>
/// One kind of data, the copies that hold it, and the 3-2-1 rule judged for it alone (BAK-01 counts per kind of
/// data): e.g. "1 copy, on 1 kind of storage, 1 away from school".
/// </summary>
/// <param name="Name">The data, e.g. "Microsoft 365 mail, OneDrive and SharePoint".</param>
/// <param name="KeptIn">The copies that hold it.</param>
/// <param name="Counts">Its copies, kinds of storage and copies away from school, in words.</param>
/// <param name="Meets321">"Yes" or "No".</param>
/// <param name="HasProtectedCopy">"Yes" when a copy is offline or immutable, else "No".</param>
public sealed record BackupSourceLine(string Name, string KeptIn, string Counts, string Meets321, string HasProtectedCopy);
