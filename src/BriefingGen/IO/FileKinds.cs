using System.Runtime.InteropServices;

namespace BriefingGen.IO;

/// <summary>
/// Asks the operating system what a path is without opening it, since opening a named pipe waits
/// for a writer and a device or a pipe reports a size of 0 whatever it holds. .NET does not say
/// what kind of special file a path is, so this asks the C library: Linux's <c>statx</c>, whose
/// buffer has one layout on every processor, and macOS's <c>stat</c>. Elsewhere, or where the
/// call is missing, the answer is <see cref="FileKind.Unknown"/>.
/// </summary>
public static partial class FileKinds
{
    // File type bits of st_mode, the same on Linux and macOS (POSIX sys/stat.h).
    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularType = 0x8000;
    private const int SocketType = 0xC000;

    /// <summary>What <paramref name="path"/> is, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return Linux(path);
            }

            if (OperatingSystem.IsMacOS())
            {
                return MacOs(path);
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without statx: the caller opens the file as before.
        }

        return FileKind.Unknown;
    }

    private static FileKind Linux(string path)
    {
        const int currentFolder = -100; // AT_FDCWD
        const uint typeField = 0x1; // STATX_TYPE
        const int modeOffset = 0x1C; // stx_mode in struct statx
        Span<byte> buffer = stackalloc byte[256];
        if (Statx(currentFolder, path, 0, typeField, ref MemoryMarshal.GetReference(buffer)) == 0)
        {
            return FromMode(BitConverter.ToUInt16(buffer[modeOffset..]));
        }

        return FromError(Marshal.GetLastPInvokeError(), loop: 40);
    }

    private static FileKind MacOs(string path)
    {
        const int modeOffset = 4; // st_mode after a 32-bit st_dev in the 64-bit-inode struct stat
        Span<byte> buffer = stackalloc byte[512];
        var result = RuntimeInformation.ProcessArchitecture == Architecture.X64
            ? StatInode64(path, ref MemoryMarshal.GetReference(buffer))
            : Stat(path, ref MemoryMarshal.GetReference(buffer));
        if (result == 0)
        {
            return FromMode(BitConverter.ToUInt16(buffer[modeOffset..]));
        }

        return FromError(Marshal.GetLastPInvokeError(), loop: 62);
    }

    private static FileKind FromMode(int mode) => (mode & TypeMask) switch
    {
        RegularType => FileKind.Regular,
        DirectoryType => FileKind.Directory,
        FifoType => FileKind.Pipe,
        CharacterDeviceType or BlockDeviceType => FileKind.Device,
        SocketType => FileKind.Socket,
        _ => FileKind.Unknown,
    };

    /// <summary>The kind an errno implies: ENOENT and ENOTDIR (2, 20) nothing there, EACCES (13) a folder that may not be searched.</summary>
    private static FileKind FromError(int errno, int loop) => errno switch
    {
        2 or 20 => FileKind.Missing,
        13 => FileKind.Forbidden,
        _ when errno == loop => FileKind.LinkLoop,
        _ => FileKind.Unknown,
    };

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int folder, string path, int flags, uint mask, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "stat$INODE64", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatInode64(string path, ref byte buffer);
}
