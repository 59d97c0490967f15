using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SchoolInfra.Core.IO;

/// <summary>
/// Asks the file system what a path or an open file is, without opening or reading it. .NET reports FIFOs and
/// devices as ordinary files, and opening a FIFO waits for a writer, so on Linux (where CI and Pulumi run) this calls
/// <c>statx(2)</c>, whose layout is the same on every architecture. Elsewhere it falls back to what .NET can tell
/// (folders and links only).
/// </summary>
internal static class FileProbe
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const int FormatMask = 0xF000;

    private static bool _statxMissing;

    /// <summary>The kind of thing at <paramref name="path"/>; a final link is reported as a link, not followed.</summary>
    public static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                return Statx(AtFdCwd, path, AtSymlinkNoFollow, out var buffer) == 0 ? Kind(buffer.Mode) : FileKind.Missing;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _statxMissing = true;
            }
        }

        var info = new FileInfo(path);
        return info.LinkTarget is not null ? FileKind.Link
            : Directory.Exists(path) ? FileKind.Directory
            : info.Exists ? FileKind.Regular
            : FileKind.Missing;
    }

    /// <summary>The kind and identity (device and inode) of an open file; the identity is empty where it cannot be read.</summary>
    public static (FileKind Kind, (ulong Device, ulong Inode) Identity) Describe(SafeFileHandle handle)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                if (StatxHandle(handle, string.Empty, AtEmptyPath, StatxType | StatxIno, out var buffer) == 0)
                {
                    return (Kind(buffer.Mode), buffer.Identity);
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _statxMissing = true;
            }
        }

        return (FileKind.Regular, default);
    }

    /// <summary>The device and inode of a path (not following a final link); empty where it cannot be read.</summary>
    public static (ulong Device, ulong Inode) IdentityOf(string path)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                return Statx(AtFdCwd, path, AtSymlinkNoFollow, out var buffer) == 0 ? buffer.Identity : default;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                _statxMissing = true;
            }
        }

        return default;
    }

    private static FileKind Kind(ushort mode) => (mode & FormatMask) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.Link,
        0x1000 => FileKind.Pipe,
        0x2000 or 0x6000 => FileKind.Device,
        0xC000 => FileKind.Socket,
        _ => FileKind.Device,
    };

    private static int Statx(int directory, string path, int flags, out StatxBuffer buffer) =>
        StatxPath(directory, path, flags, StatxType | StatxIno, out buffer);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxPath(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxHandle(SafeFileHandle directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>struct statx (linux/stat.h): 256 bytes, the same layout on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;

        public readonly (ulong Device, ulong Inode) Identity => (((ulong)DeviceMajor << 32) | DeviceMinor, Inode);
    }
}
