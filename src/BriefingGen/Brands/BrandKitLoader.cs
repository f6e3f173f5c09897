using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.IO;
using BriefingGen.Packs;

namespace BriefingGen.Brands;

/// <summary>
/// Reads a brand kit's folder and checks it whole before any paper uses it: <c>brand.yaml</c>'s
/// keys, each logo found inside the kit and proven a PNG or JPEG by the engine's image loader.
/// Every mistake is a diagnostic at its file, line and column.
/// </summary>
internal static class BrandKitLoader
{
    private static readonly string[] Keys = ["name", "description", "logos"];

    /// <summary>
    /// Loads the kit in <paramref name="directory"/>, named at <paramref name="namedAt"/> (the
    /// command line or a pack's <c>brand:</c>); null after an error.
    /// </summary>
    public static BrandKit? Load(string directory, SourceLocation namedAt, ImageLimits limits, DiagnosticBag diagnostics)
    {
        var root = ContainedPath.RealPath(Path.GetFullPath(directory));
        if (root is null || !System.IO.Directory.Exists(root))
        {
            diagnostics.Error(namedAt, "brand", $"no brand kit folder '{directory}'; a brand kit is a folder holding {BrandKit.FileName}");
            return null;
        }

        var path = Path.Combine(root, BrandKit.FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(namedAt, "brand", $"'{directory}' is not a brand kit: it has no {BrandKit.FileName}");
            return null;
        }

        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var read = DataLoader.LoadSettings(path, 256 * 1024);
        diagnostics.AddRange(read.Diagnostics);
        if (!read.Succeeded)
        {
            return null;
        }

        if (read.Root is not DataMap map)
        {
            diagnostics.Error(read.Root!.Location, "", $"{BrandKit.FileName} must be a map of settings such as 'name:', got {read.Root.Describe()}");
            return null;
        }

        var file = new SettingsReader(map, "", diagnostics);
        file.RejectUnknown(Keys);
        var name = file.Text("name")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            diagnostics.Error(map.Location, "name", "a brand kit needs a name");
        }

        var logos = Logos(root, file.Section("logos"), limits, diagnostics);
        var themePath = Part(root, "theme.yaml", folder: false, diagnostics);
        var fontsDirectory = Part(root, "fonts", folder: true, diagnostics);
        var referenceDocPath = Part(root, "reference.docx", folder: false, diagnostics);
        if (diagnostics.Items.Count(d => d.Severity == Severity.Error) > errors)
        {
            return null;
        }

        return new BrandKit(root, name!, file.Text("description")?.Trim() ?? "", logos, map)
        {
            ThemePath = themePath,
            FontsDirectory = fontsDirectory,
            ReferenceDocPath = referenceDocPath,
        };
    }

    /// <summary>Each logo's path, checked: inside the kit, present, and a picture the papers can use.</summary>
    private static Dictionary<string, string> Logos(string root, SettingsReader? logos, ImageLimits limits, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (logos is null)
        {
            return result;
        }

        var loader = new ImageLoader([root], limits);
        foreach (var entry in logos.Map.Entries)
        {
            if (logos.Text(entry.Key) is not { } logo)
            {
                continue;
            }

            logo = logo.Trim();
            var at = entry.Value.Location;
            if (ContainedPath.Resolve(root, logo) is not { } full)
            {
                diagnostics.Error(at, $"logos.{entry.Key}", $"'{logo}' leads outside the brand kit; every file a kit uses must be inside its folder");
            }
            else if (!File.Exists(full))
            {
                diagnostics.Error(at, $"logos.{entry.Key}", $"the logo '{logo}' does not exist in the brand kit");
            }
            else if (loader.Load(logo, out var error) is null)
            {
                diagnostics.Error(at, $"logos.{entry.Key}", error);
            }
            else
            {
                result[entry.Key] = logo;
            }
        }

        return result;
    }

    /// <summary>
    /// The full path of the kit's optional <paramref name="name"/>, or null when the kit has none.
    /// One that is there but cannot be used — a link leading out of the kit or to nothing, a
    /// folder where a file belongs or the reverse — is an error, never quietly left out, or the
    /// kit's colours or fonts would vanish from every paper without a word.
    /// </summary>
    private static string? Part(string root, string name, bool folder, DiagnosticBag diagnostics)
    {
        var written = Path.Combine(root, name);
        var info = new FileInfo(written);
        if (!info.Exists && !System.IO.Directory.Exists(written) && info.LinkTarget is null)
        {
            return null;
        }

        var at = SourceLocation.OfFile(written);
        var expected = folder ? "a folder" : "a file";
        if (ContainedPath.Resolve(root, name) is not { } path)
        {
            diagnostics.Error(at, "", $"the brand kit's {name} leads outside the kit; every file a kit uses must be inside its folder");
        }
        else if (folder ? System.IO.Directory.Exists(path) : File.Exists(path))
        {
            return path;
        }
        else
        {
            var what = System.IO.Directory.Exists(path) ? "a folder" : File.Exists(path) ? "a file" : "a link to nothing";
            diagnostics.Error(at, "", $"the brand kit's {name} is {what}; expected {expected}");
        }

        return null;
    }
}
