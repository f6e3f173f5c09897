namespace BriefingGen.Testing;

/// <summary>The small JPEG files in tests/Shared/Pictures (see its README for how each was made).</summary>
internal static class TestPictures
{
    /// <summary>The JPEG files a reader must accept, with their size in pixels and colour components.</summary>
    public static readonly (string Name, int Width, int Height, int Components)[] GoodJpegs =
    [
        ("grey.jpg", 16, 12, 1), ("grey-progressive.jpg", 16, 12, 1),
        ("rgb-420.jpg", 16, 12, 3), ("rgb-422.jpg", 16, 12, 3), ("rgb-444.jpg", 16, 12, 3), ("rgb-adobe.jpg", 16, 12, 3),
        ("photo.jpg", 48, 32, 3), ("photo-progressive.jpg", 48, 32, 3), ("photo-restart.jpg", 48, 32, 3), ("photo-restart-progressive.jpg", 48, 32, 3),
        ("cmyk.jpg", 16, 12, 4), ("cmyk-progressive.jpg", 16, 12, 4),
    ];

    /// <summary>The folder that holds them.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Shared", "Pictures");

    /// <summary>The bytes of picture <paramref name="name"/>.</summary>
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
