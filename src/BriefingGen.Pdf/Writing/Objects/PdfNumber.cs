namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>
/// A numeric object (ISO 32000-1 §7.3.3): an integer, or a real written with at most three
/// decimals and no trailing zeros, as <see cref="PdfFormat.Number"/> writes it, which is finer
/// than any viewer resolves and keeps the bytes the same on every platform.
/// </summary>
internal sealed class PdfNumber : PdfObject
{
    private readonly long _integer;
    private readonly double _real;
    private readonly bool _isInteger;

    /// <summary>An integer.</summary>
    public PdfNumber(long value)
    {
        _integer = value;
        _isInteger = true;
    }

    /// <summary>A real number; PDF has no infinity or NaN.</summary>
    public PdfNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a PDF number must be finite");
        }

        _real = value;
    }

    /// <summary>The value.</summary>
    public double Value => _isInteger ? _integer : _real;

    /// <inheritdoc />
    public override void WriteTo(PdfBuffer buffer)
    {
        if (_isInteger)
        {
            buffer.Integer(_integer);
        }
        else
        {
            buffer.Real(_real);
        }
    }
}
