namespace SchoolInfra.Core.IO;

/// <summary>What a path names on disk, as the file system says without following a final link.</summary>
public enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>An ordinary file: the only kind SchoolInfra reads.</summary>
    Regular,

    Directory,

    /// <summary>A symbolic link (only seen when a link cannot be resolved).</summary>
    Link,

    /// <summary>A named pipe: reading it waits for a writer, for ever if none comes.</summary>
    Pipe,

    /// <summary>A character or block device, such as /dev/zero, which never ends.</summary>
    Device,

    Socket,
}
