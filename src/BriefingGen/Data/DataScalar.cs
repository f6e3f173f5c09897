using System.Globalization;
using BriefingGen.Diagnostics;

namespace BriefingGen.Data;

/// <summary>A single value: text, a number, true/false or null, with the text it was written as.</summary>
/// <param name="Location">Where the value starts.</param>
/// <param name="Text">The value exactly as written (without quotes).</param>
/// <param name="Kind">What the text means.</param>
public sealed record DataScalar(SourceLocation Location, string Text, ScalarKind Kind) : DataNode(Location)
{
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

    /// <summary>The value as .NET sees it: string, long, double, bool or null.</summary>
    public object? ToClrValue() => Kind switch
    {
        ScalarKind.Integer when TryGetInteger(out var l) => l,
        ScalarKind.Integer or ScalarKind.Number when TryGetNumber(out var d) => d,
        ScalarKind.Boolean => Text is "true" or "True" or "TRUE",
        ScalarKind.Null => null,
        _ => Text,
    };

    /// <inheritdoc />
    public override string Describe() => Kind switch
    {
        ScalarKind.String => "text",
        ScalarKind.Integer => "a whole number",
        ScalarKind.Number => "a number",
        ScalarKind.Boolean => "true/false",
        _ => "nothing (null)",
    };
}
