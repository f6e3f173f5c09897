using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;

namespace BriefingGen.Components.Digest;

/// <summary>
/// What a digest reads from each brief file, as a schema (<c>BriefSchema.json</c>, beside this
/// file): the fields the digest shows, typed as the policy brief types them, and no pack but the
/// policy brief. A brief file is checked against it before it is summarised, so a wrong value is
/// reported at the brief's own file, line and column, not where the digest's template fails on it.
/// </summary>
internal static class BriefSchema
{
    private static readonly Lazy<SchemaNode> Schema = new(Load);

    /// <summary>Checks <paramref name="brief"/>, reporting to <paramref name="diagnostics"/>; true when it passes.</summary>
    public static bool Check(DataNode brief, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        SchemaValidator.Validate(brief, Schema.Value, diagnostics);
        return diagnostics.Items.Count(d => d.Severity == Severity.Error) == errors;
    }

    private static SchemaNode Load()
    {
        using var stream = typeof(BriefSchema).Assembly.GetManifestResourceStream("BriefingGen.Components.Digest.BriefSchema.json")
            ?? throw new InvalidOperationException("the brief schema is not built into the program");
        using var reader = new StreamReader(stream);
        var diagnostics = new DiagnosticBag();
        var root = DataLoader.Parse(reader.ReadToEnd(), "BriefSchema.json").Root;
        return (root is null ? null : SchemaReader.Read(root, diagnostics))
            ?? throw new InvalidOperationException("the built-in brief schema does not read: " + string.Join("; ", diagnostics.Items));
    }
}
