namespace BriefingGen.IO;

/// <summary>What a path names, as the operating system says before anything opens it.</summary>
public enum FileKind
{
    /// <summary>The platform could not say; the file is opened as a regular one.</summary>
    Unknown,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>Nothing, or a symbolic link to nothing.</summary>
    Missing,

    /// <summary>A named pipe (FIFO): opening it waits for a writer, reading it may never end.</summary>
    Pipe,

    /// <summary>A character or block device (/dev/zero, a disk): reading it may never end.</summary>
    Device,

    /// <summary>A socket, which cannot be opened as a file.</summary>
    Socket,

    /// <summary>A symbolic link that leads round in a loop.</summary>
    LinkLoop,

    /// <summary>A folder on the way to it may not be searched.</summary>
    Forbidden,
}
