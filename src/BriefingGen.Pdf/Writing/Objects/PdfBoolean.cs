namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>A boolean object (ISO 32000-1 §7.3.2): the keywords true and false.</summary>
internal sealed class PdfBoolean : PdfObject
{
    private PdfBoolean(bool value) => Value = value;

    /// <summary>true.</summary>
    public static PdfBoolean True { get; } = new(true);

    /// <summary>false.</summary>
    public static PdfBoolean False { get; } = new(false);

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <summary>The object for <paramref name="value"/>.</summary>
    public static PdfBoolean Of(bool value) => value ? True : False;

    /// <inheritdoc />
    public override void WriteTo(PdfBuffer buffer) => buffer.Token(Value ? "true"u8 : "false"u8, endsInRegular: true);
}
