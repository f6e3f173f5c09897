using BriefingGen.Data;

namespace BriefingGen.Engine;

/// <summary>Where a paper's data comes from: a file, text in memory, or a tree already built.</summary>
public abstract record DataSource
{
    private protected DataSource(string name, string? folder)
    {
        Name = name;
        Folder = folder;
    }

    /// <summary>What to call the data in messages: a file's path, or a name such as <c>request.yaml</c>.</summary>
    public string Name { get; }

    /// <summary>The folder pictures named in the data may come from, or null for none.</summary>
    public string? Folder { get; }

    /// <summary>
    /// An earlier version of the data, as the pack's data steps made it, to mark what changed against
    /// (a digest's snapshot of last week); null for none.
    /// </summary>
    public DataNode? Baseline { get; init; }

    /// <summary>Named switches for the pack's data steps, from the command line (a digest's <c>redline</c>).</summary>
    public IReadOnlySet<string> Flags { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>A data file; YAML, or JSON when its name ends in .json.</summary>
    public static DataSource FromFile(string path) => new FileSource(path);

    /// <summary>Data in memory; <paramref name="name"/> picks the format (.json or .yaml) and names it in messages.</summary>
    public static DataSource FromText(string text, string name, string? folder = null) => new TextSource(text, name, folder);

    /// <summary>A data tree already read.</summary>
    public static DataSource FromTree(DataNode root, string name, string? folder = null) => new TreeSource(root, name, folder);

    /// <summary>Reads the data within <paramref name="limits"/>.</summary>
    internal abstract DataReadResult Read(DataLimits limits);

    private sealed record FileSource(string Path) : DataSource(Path, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)))
    {
        internal override DataReadResult Read(DataLimits limits) => DataLoader.Load(Path, limits);
    }

    private sealed record TextSource(string Text, string FileName, string? DataFolder) : DataSource(FileName, DataFolder)
    {
        internal override DataReadResult Read(DataLimits limits) => DataLoader.Parse(Text, FileName, limits);
    }

    private sealed record TreeSource(DataNode Root, string TreeName, string? DataFolder) : DataSource(TreeName, DataFolder)
    {
        internal override DataReadResult Read(DataLimits limits) => new(Root, []);
    }
}
