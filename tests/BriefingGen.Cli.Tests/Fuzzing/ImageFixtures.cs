using System.Buffers.Binary;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Pictures put beside every generated data file, where a paper may take them from: one good PNG
/// and files that only look like pictures — a header that claims two billion pixels a side, a cut
/// file, a JPEG of nothing but a frame header, an empty file, a folder, and links that lead out of
/// the folder and to a device.
/// </summary>
internal static class ImageFixtures
{
    /// <summary>A valid PNG of two by three pixels.</summary>
    public const string Tiny = "tiny.png";

    /// <summary>The same PNG with a header claiming 2,147,483,647 pixels each way.</summary>
    public const string Huge = "huge.png";

    /// <summary>The first 20 bytes of the PNG.</summary>
    public const string Truncated = "truncated.png";

    /// <summary>A JPEG start and a frame header of 65,535 by 65,535, then nothing.</summary>
    public const string FakeJpeg = "fake.jpg";

    /// <summary>An empty file.</summary>
    public const string ZeroSize = "empty.png";

    /// <summary>A folder with a picture's name.</summary>
    public const string Folder = "folder.png";

    /// <summary>A symbolic link to /etc/passwd.</summary>
    public const string LinkOutside = "outside.png";

    /// <summary>A symbolic link to /dev/zero.</summary>
    public const string LinkToDevice = "zero.png";

    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGM4IScnd0KOAYUCAEIPBhl6wJ3XAAAAAElFTkSuQmCC");

    /// <summary>Writes the fixtures into <paramref name="folder"/>.</summary>
    public static void WriteTo(string folder)
    {
        File.WriteAllBytes(Path.Combine(folder, Tiny), Png);
        var huge = (byte[])Png.Clone();
        BinaryPrimitives.WriteInt32BigEndian(huge.AsSpan(16), int.MaxValue);
        BinaryPrimitives.WriteInt32BigEndian(huge.AsSpan(20), int.MaxValue);
        File.WriteAllBytes(Path.Combine(folder, Huge), huge);
        File.WriteAllBytes(Path.Combine(folder, Truncated), Png[..20]);
        File.WriteAllBytes(Path.Combine(folder, FakeJpeg), [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0x03]);
        File.WriteAllBytes(Path.Combine(folder, ZeroSize), []);
        Directory.CreateDirectory(Path.Combine(folder, Folder));
        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(Path.Combine(folder, LinkOutside), "/etc/passwd");
            File.CreateSymbolicLink(Path.Combine(folder, LinkToDevice), "/dev/zero");
        }
    }

    /// <summary>How to make the fixtures by hand, for a reproducer.</summary>
    public static string Describe() =>
        $"beside the data: {Tiny} (a valid 2x3 PNG), {Huge} (its header claims 2147483647x2147483647), {Truncated} (its first 20 bytes), "
        + $"{FakeJpeg} (FF D8 FF C0 00 11 08 FF FF FF FF 03), {ZeroSize} (empty), {Folder}/ (a folder), {LinkOutside} -> /etc/passwd, {LinkToDevice} -> /dev/zero";
}
