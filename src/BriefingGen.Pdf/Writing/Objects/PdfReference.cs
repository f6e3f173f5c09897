namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// A reference to an indirect object (ISO 32000-1 §7.3.10), "n 0 R". Every object we write has
/// generation 0: a file written once never reuses an object number.
/// </summary>
internal sealed class PdfReference : PdfObject
{
    /// <summary>A reference to object <paramref name="number"/>.</summary>
    public PdfReference(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        Number = number;
    }

    /// <summary>The object number.</summary>
    public int Number { get; }

    /// <inheritdoc />
    public override void WriteTo(PdfBuffer buffer) => buffer.Integer(Number).Token("0 R"u8, endsInRegular: true);
}
