using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;

namespace BriefingGen.Components.Digest;

/// <summary>
/// The schemas a digest checks the other files it reads against, built into the program from the
/// JSON files beside this one, so a wrong value is reported at its own file, line and column, not
/// where the digest's template fails on it:
/// <list type="bullet">
/// <item><see cref="Brief"/>: what a digest reads from each brief file, typed as the policy brief
/// types it, and no pack but the policy brief.</item>
/// <item><see cref="Snapshot"/>: what it compares with in last week's snapshot.</item>
/// </list>
/// </summary>
internal sealed class DigestSchemas
{
    private readonly Lazy<SchemaNode> _schema;

    private DigestSchemas(string file) => _schema = new(() => Load(file));

    /// <summary>A brief file's fields that a digest shows.</summary>
    public static DigestSchemas Brief { get; } = new("BriefSchema.json");

    /// <summary>A snapshot's fields that a digest compares with.</summary>
    public static DigestSchemas Snapshot { get; } = new("SnapshotSchema.json");

    /// <summary>Checks <paramref name="root"/>, reporting to <paramref name="diagnostics"/>; true when it passes.</summary>
    public bool Check(DataNode root, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        SchemaValidator.Validate(root, _schema.Value, diagnostics);
        return diagnostics.Items.Count(d => d.Severity == Severity.Error) == errors;
    }

    private static SchemaNode Load(string file)
    {
        using var stream = typeof(DigestSchemas).Assembly.GetManifestResourceStream("BriefingGen.Components.Digest." + file)
            ?? throw new InvalidOperationException($"the schema {file} is not built into the program");
        using var reader = new StreamReader(stream);
        var diagnostics = new DiagnosticBag();
        var root = DataLoader.Parse(reader.ReadToEnd(), file).Root;
        return (root is null ? null : SchemaReader.Read(root, diagnostics))
            ?? throw new InvalidOperationException($"the built-in schema {file} does not read: " + string.Join("; ", diagnostics.Items));
    }
}
