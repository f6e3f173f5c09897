using System.Text.RegularExpressions;

namespace BriefingGen.Data;

/// <summary>
/// How the writers spell numbers, booleans and nulls: as they were read whenever the target format
/// reads that spelling back as the same kind, otherwise in the nearest spelling that does
/// (<c>+1.</c> read from YAML becomes <c>1.0</c> in JSON; <c>True</c> becomes <c>true</c>).
/// </summary>
internal static partial class ScalarSpelling
{
    /// <summary>The scalar's YAML spelling; never called for text.</summary>
    public static string Yaml(DataScalar scalar, DataPath path) => scalar.Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => YamlDataReader.ResolvePlain(scalar.Text) == ScalarKind.Boolean ? scalar.Text : Boolean(scalar, path),
        _ when YamlDataReader.ResolvePlain(scalar.Text) is ScalarKind.Integer or ScalarKind.Number => scalar.Text,
        _ => NumericText.TryToJson(scalar.Text, out var json) ? json : throw NotA("number", scalar, path),
    };

    /// <summary>The scalar's JSON spelling; never called for text.</summary>
    public static string Json(DataScalar scalar, DataPath path) => scalar.Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.Boolean => Boolean(scalar, path),
        _ when JsonNumber().IsMatch(scalar.Text) => scalar.Text,
        _ => NumericText.TryToJson(scalar.Text, out var json) ? json : throw NotA("number", scalar, path),
    };

    /// <summary>
    /// True when the scalar's text is a spelling of its kind that the writers can write: a number
    /// marked as one is a number, a boolean true or false. Data read from a file always is; data
    /// read back from a paper someone has edited may not be.
    /// </summary>
    public static bool Writable(DataScalar scalar) => scalar.Kind switch
    {
        ScalarKind.String or ScalarKind.Null => true,
        ScalarKind.Boolean => scalar.Text.Equals("true", StringComparison.OrdinalIgnoreCase) || scalar.Text.Equals("false", StringComparison.OrdinalIgnoreCase),
        _ => NumericText.TryToJson(scalar.Text, out _)
            || (YamlDataReader.ResolvePlain(scalar.Text) is ScalarKind.Integer or ScalarKind.Number && JsonNumber().IsMatch(scalar.Text)),
    };

    private static string Boolean(DataScalar scalar, DataPath path) =>
        scalar.Text.Equals("true", StringComparison.OrdinalIgnoreCase) ? "true"
        : scalar.Text.Equals("false", StringComparison.OrdinalIgnoreCase) ? "false"
        : throw NotA("boolean", scalar, path);

    private static ArgumentException NotA(string what, DataScalar scalar, DataPath path) =>
        new($"the value at '{path}' is marked as a {what} but its text '{scalar.Text}' is not one", "root");

    /// <summary>RFC 8259 §6.</summary>
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumber();
}
