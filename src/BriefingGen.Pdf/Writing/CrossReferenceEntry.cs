namespace BriefingGen.Pdf.Writing;

/// <summary>
/// One row of a cross-reference stream (ISO 32000-1 §7.5.8.3): a free entry, an object
/// at a byte offset in the file, or an object inside an object stream.
/// </summary>
/// <param name="Type">0 free, 1 in the file, 2 in an object stream.</param>
/// <param name="Field2">Next free object, byte offset, or the object stream's number.</param>
/// <param name="Field3">Generation for reuse, generation, or the index inside the object stream.</param>
internal readonly record struct CrossReferenceEntry(int Type, long Field2, long Field3)
{
    /// <summary>The head of the free list, object 0, as every file has it.</summary>
    public static CrossReferenceEntry Head { get; } = new(0, 0, 65535);

    /// <summary>An object written at <paramref name="offset"/> with generation 0.</summary>
    public static CrossReferenceEntry InFile(long offset) => new(1, offset, 0);

    /// <summary>The <paramref name="index"/>th object of object stream <paramref name="stream"/>.</summary>
    public static CrossReferenceEntry InStream(int stream, int index) => new(2, stream, index);
}
