using Microsoft.IO;

namespace BriefingGen.IO;

/// <summary>
/// Memory streams whose buffers come from one pool for the process. A paper passes through a few
/// buffers of a hundred kilobytes or more (a Word package before it is zipped, a finished file);
/// fresh arrays that size land on the large-object heap, and a batch or a server making papers
/// one after another would then run a full collection every few papers. Pooled, they are reused.
/// </summary>
public static class PooledStreams
{
    /// <summary>
    /// The pool: blocks of 64 KiB, and at most 16 MiB of each kind kept free, so a burst of large
    /// papers does not hold its memory for the life of the process.
    /// </summary>
    private static readonly RecyclableMemoryStreamManager Manager = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 64 * 1024,
        LargeBufferMultiple = 1024 * 1024,
        MaximumBufferSize = 16 * 1024 * 1024,
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
    });

    /// <summary>An empty stream over pooled memory; disposing it gives the memory back.</summary>
    public static MemoryStream Get() => Manager.GetStream();

    /// <summary>The bytes written to <paramref name="stream"/>, copied once into an array of their exact size.</summary>
    public static byte[] ToArray(MemoryStream stream)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)stream.Length));
        var position = stream.Position;
        stream.Position = 0;
        stream.ReadExactly(bytes);
        stream.Position = position;
        return bytes;
    }
}
