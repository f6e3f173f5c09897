namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>The null object (ISO 32000-1 §7.3.9), for a value left unspecified, as in an /XYZ destination.</summary>
internal sealed class PdfNull : PdfObject
{
    private PdfNull()
    {
    }

    /// <summary>The one null.</summary>
    public static PdfNull Instance { get; } = new();

    /// <inheritdoc />
    public override void WriteTo(PdfBuffer buffer) => buffer.Token("null"u8, endsInRegular: true);
}
