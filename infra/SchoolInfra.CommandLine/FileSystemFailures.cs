namespace SchoolInfra.CommandLine;

/// <summary>
/// Plain words for a failed read or write, chosen from the kind of exception and the operating system's error
/// number: never the exception's message, which a trimmed build replaces with a resource key
/// (<c>UnauthorizedAccess_IODenied_Path</c>).
/// </summary>
public static class FileSystemFailures
{
    // errno values (Linux): ENOSPC, EDQUOT, EROFS, EACCES, EPERM, ENAMETOOLONG, EISDIR, ENOTDIR.
    private const int NoSpace = 28;
    private const int QuotaExceeded = 122;
    private const int ReadOnly = 30;
    private const int NameTooLong = 36;

    public static string Describe(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission was denied",
        FileNotFoundException or DirectoryNotFoundException => "a folder or file on the path does not exist",
        PathTooLongException => "a path is too long",
        IOException io => (io.HResult & 0xFFFF) switch
        {
            NoSpace or QuotaExceeded => "the disk is full",
            ReadOnly => "the disk is read-only",
            NameTooLong => "a path is too long",
            _ => "the disk reported an error",
        },
        _ => "the disk reported an error",
    };
}
