using System.Runtime.InteropServices;

namespace SchoolInfra.Testing;

/// <summary>Files a hostile checkout could hold: named pipes and links (Git stores links; a pipe needs a local user).</summary>
public static class SpecialFiles
{
    /// <summary>Creates a named pipe (FIFO). Reading it would wait for a writer for ever.</summary>
    public static void MakePipe(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo failed for {path} (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    /// <summary>Replaces <paramref name="path"/> (if anything is there) with a symbolic link to <paramref name="target"/>.</summary>
    public static void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null)
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            File.Delete(path);
        }

        File.CreateSymbolicLink(path, target);
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
