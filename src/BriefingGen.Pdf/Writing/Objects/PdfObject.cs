using System.Text;

namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// A PDF object (ISO 32000-1 §7.3) that writes its own bytes. Numbers and booleans convert
/// implicitly, so that arrays and dictionaries read like the PDF they stand for.
/// </summary>
internal abstract class PdfObject
{
    /// <summary>Writes the object's syntax to <paramref name="buffer"/>.</summary>
    public abstract void WriteTo(PdfBuffer buffer);

    /// <summary>The object's bytes as Latin-1 text, for tests and debugging.</summary>
    public override string ToString()
    {
        using var buffer = new PdfBuffer(64);
        WriteTo(buffer);
        return Encoding.Latin1.GetString(buffer.WrittenSpan);
    }

    /// <summary>An integer object.</summary>
    public static implicit operator PdfObject(int value) => new PdfNumber(value);

    /// <summary>An integer object.</summary>
    public static implicit operator PdfObject(long value) => new PdfNumber(value);

    /// <summary>A real object, rounded as <see cref="PdfFormat.Number"/> rounds.</summary>
    public static implicit operator PdfObject(double value) => new PdfNumber(value);

    /// <summary>A boolean object.</summary>
    public static implicit operator PdfObject(bool value) => PdfBoolean.Of(value);
}
