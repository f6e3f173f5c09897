using BriefingGen.Data;

namespace BriefingGen.Brands;

/// <summary>
/// A consultancy's look, kept apart from any pack so one report can be restyled for another
/// brand: a folder with <c>brand.yaml</c> (its name and named logo files), and optionally a
/// <c>theme.yaml</c> merged over the pack's theme, a <c>fonts/</c> folder searched before the
/// pack's and a <c>reference.docx</c> that takes the place of the pack's. Loaded by
/// <see cref="BrandKitLoader"/>, which has proven every logo a usable picture.
/// </summary>
public sealed class BrandKit
{
    /// <summary>The kit's description file, which marks a folder as a kit.</summary>
    public const string FileName = "brand.yaml";

    internal BrandKit(string directory, string name, string description, IReadOnlyDictionary<string, string> logos, DataMap source)
    {
        Directory = directory;
        Name = name;
        Description = description;
        Logos = logos;
        Source = source;
    }

    /// <summary>The kit's folder, absolute, with links resolved.</summary>
    public string Directory { get; }

    /// <summary>The brand's name (<c>name:</c>).</summary>
    public string Name { get; }

    /// <summary>What the kit is for, in a line (<c>description:</c>).</summary>
    public string Description { get; }

    /// <summary>Logo files by the names templates use (<c>primary</c>, <c>mark</c>…), relative to the kit.</summary>
    public IReadOnlyDictionary<string, string> Logos { get; }

    /// <summary>The kit's <c>theme.yaml</c>, or null when it has none.</summary>
    public string? ThemePath { get; init; }

    /// <summary>The kit's fonts folder, or null.</summary>
    public string? FontsDirectory { get; init; }

    /// <summary>The kit's Word style source, or null.</summary>
    public string? ReferenceDocPath { get; init; }

    /// <summary><c>brand.yaml</c> as read, so templates see its values with their file positions.</summary>
    internal DataMap Source { get; }
}
