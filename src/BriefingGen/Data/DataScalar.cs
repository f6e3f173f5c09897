using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>
/// A single value: text, a number, true/false or null, with the text it was written as. Two scalars
/// are equal when they mean the same value, wherever they were written and however the number or
/// boolean was spelt: <c>1.50</c> equals <c>1.5</c>, whole <c>2</c> equals <c>2.0</c>, <c>True</c>
/// equals <c>true</c>, every null equals every other; text compares exactly (ordinal).
/// </summary>
/// <param name="Location">Where the value starts.</param>
/// <param name="Text">The value exactly as written (without quotes).</param>
/// <param name="Kind">What the text means.</param>
public sealed record DataScalar(SourceLocation Location, string Text, ScalarKind Kind) : DataNode(Location)
{
    /// <summary>
    /// Where the text starts when the file spells it as it is: for a YAML literal block (<c>|</c>),
    /// its first line, each later line of the text being the file's next line at the same column;
    /// for a YAML or JSON value on one line without escapes, its first character. Null for other
    /// scalars (folded, spread over lines, escaped). Not part of equality, as
    /// <see cref="DataNode.Location"/> is not.
    /// </summary>
    public SourceLocation? BlockTextStart { get; init; }

    /// <inheritdoc />
    public override long Weight => 1;

    /// <summary>The value as a whole number, when it is one.</summary>
    public bool TryGetInteger(out long value)
    {
        value = 0;
        return Kind == ScalarKind.Integer && long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The value as a number, when it is one.</summary>
    public bool TryGetNumber(out double value)
    {
        value = 0;
        return Kind is ScalarKind.Integer or ScalarKind.Number
            && double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// How many digits a number was written with after its decimal point (<c>2.50</c> → 2), so it
    /// prints as precisely as it was given; null when it is not a number or has an exponent.
    /// </summary>
    public int? WrittenDecimals
    {
        get
        {
            if (Kind is not (ScalarKind.Integer or ScalarKind.Number) || Text.AsSpan().IndexOfAny('e', 'E') >= 0)
            {
                return null;
            }

            var point = Text.IndexOf('.');
            return point < 0 ? 0 : Text.Length - point - 1;
        }
    }

    /// <summary>
    /// The value as .NET sees it: string, long, double, bool or null. A number beyond a double's
    /// range stays its text: as infinity it would print as "∞", which the data never said, and a
    /// template's complaint about it could not point back at the data.
    /// </summary>
    public object? ToClrValue() => Kind switch
    {
        ScalarKind.Integer when TryGetInteger(out var l) => l,
        ScalarKind.Integer or ScalarKind.Number when TryGetNumber(out var d) && double.IsFinite(d) => d,
        ScalarKind.Boolean => Text is "true" or "True" or "TRUE",
        ScalarKind.Null => null,
        _ => Text,
    };

    /// <summary>True when both scalars mean the same value; see the type's summary for what counts as the same.</summary>
    public bool Equals(DataScalar? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Group(Kind) != Group(other.Kind))
        {
            return false;
        }

        return Kind switch
        {
            ScalarKind.Null => true,
            ScalarKind.Boolean => string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase),
            ScalarKind.Integer or ScalarKind.Number => NumericText.TryCanonicalize(Text, out var a) && NumericText.TryCanonicalize(other.Text, out var b)
                ? string.Equals(a, b, StringComparison.Ordinal)
                : Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal),
            _ => string.Equals(Text, other.Text, StringComparison.Ordinal),
        };
    }

    /// <summary>A hash that agrees with <see cref="Equals(DataScalar?)"/>: it ignores the location and the spelling of numbers and booleans.</summary>
    public override int GetHashCode() => Kind switch
    {
        ScalarKind.Null => Group(Kind),
        ScalarKind.Boolean => HashCode.Combine(Group(Kind), StringComparer.OrdinalIgnoreCase.GetHashCode(Text)),
        ScalarKind.Integer or ScalarKind.Number when NumericText.TryCanonicalize(Text, out var canonical) =>
            HashCode.Combine(Group(Kind), StringComparer.Ordinal.GetHashCode(canonical)),
        _ => HashCode.Combine(Group(Kind), StringComparer.Ordinal.GetHashCode(Text)),
    };

    /// <inheritdoc />
    public override string Describe() => Kind switch
    {
        ScalarKind.String => Text.AsSpan().Trim().IsEmpty ? "empty text" : "text",
        ScalarKind.Integer => Text.Length <= 20 ? $"the whole number {Text}" : "a whole number",
        ScalarKind.Number => Text.Length <= 20 ? $"the number {Text}" : "a number",
        ScalarKind.Boolean => "true/false",
        _ => "nothing (null)",
    };

    /// <summary>Whole numbers and numbers are one kind of value for equality; the rest are each their own.</summary>
    private static int Group(ScalarKind kind) => kind == ScalarKind.Number ? (int)ScalarKind.Integer : (int)kind;
}
