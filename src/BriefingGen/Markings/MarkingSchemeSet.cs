using BriefingGen.Data;
using BriefingGen.Diagnostics;

namespace BriefingGen.Markings;

/// <summary>
/// The schemes a pack's papers may use: the engine's built-in ones (embedded <c>Schemes/*.yaml</c>)
/// and the pack's own from its <c>markings/*.yaml</c>, which may add schemes but not replace a built-in one.
/// </summary>
public sealed class MarkingSchemeSet
{
    /// <summary>The folder of a pack that holds its own schemes.</summary>
    public const string PackFolder = "markings";

    private static readonly Lazy<IReadOnlyList<MarkingScheme>> BuiltInSchemes = new(LoadBuiltIn);

    private readonly Dictionary<string, MarkingScheme> _schemes;

    private MarkingSchemeSet(IEnumerable<MarkingScheme> schemes) =>
        _schemes = schemes.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Only the built-in schemes.</summary>
    public static MarkingSchemeSet BuiltIn { get; } = new(BuiltInSchemes.Value);

    /// <summary>The ids of every scheme, sorted, for messages.</summary>
    public IReadOnlyList<string> Ids => [.. _schemes.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The scheme called <paramref name="id"/> (any case), or null.</summary>
    public MarkingScheme? Find(string id) => _schemes.TryGetValue(id.Trim(), out var scheme) ? scheme : null;

    /// <summary>The built-in schemes and those in <paramref name="packDirectory"/>'s <c>markings</c> folder.</summary>
    internal static MarkingSchemeSet ForPack(string packDirectory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(packDirectory, PackFolder);
        if (!Directory.Exists(folder))
        {
            return BuiltIn;
        }

        var schemes = new List<MarkingScheme>(BuiltInSchemes.Value);
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (MarkingSchemeReader.Read(DataLoader.LoadSettings(file, 256 * 1024), diagnostics) is not { } scheme)
            {
                continue;
            }

            if (schemes.Any(s => string.Equals(s.Id, scheme.Id, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error(SourceLocation.OfFile(file), "id", $"a marking scheme called '{scheme.Id}' already exists; give this one its own id");
                continue;
            }

            schemes.Add(scheme);
        }

        return new MarkingSchemeSet(schemes);
    }

    private static IReadOnlyList<MarkingScheme> LoadBuiltIn()
    {
        var assembly = typeof(MarkingSchemeSet).Assembly;
        var schemes = new List<MarkingScheme>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Markings.Schemes.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var diagnostics = new DiagnosticBag();
            var scheme = MarkingSchemeReader.Read(DataLoader.Parse(reader.ReadToEnd(), name), diagnostics);
            schemes.Add(scheme ?? throw new InvalidOperationException($"the built-in marking scheme {name} is broken: {string.Join("; ", diagnostics.Items)}"));
        }

        return schemes;
    }
}
