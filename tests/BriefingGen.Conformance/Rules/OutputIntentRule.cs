using System.Text;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Conformance.Rules;

/// <summary>
/// PDF/A-2 colour (ISO 19005-2 §6.2.3, §6.2.4.3): a GTS_PDFA1 output intent with an embedded ICC
/// profile whose header is sound and matches its N, and device colours only of the intent's kind:
/// with an RGB intent, DeviceRGB and DeviceGray but no DeviceCMYK; with none, no device colour at all.
/// </summary>
internal sealed class OutputIntentRule : IConformanceRule
{
    private static readonly HashSet<string> ProfileClasses = ["mntr", "prtr", "scnr", "spac"];

    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        if (target.PdfA2Level is null)
        {
            return [];
        }

        var failures = new List<ConformanceFailure>();
        var intents = file.Array(file.Catalog, "OutputIntents").Select(file.Resolve).OfType<DictionaryToken>()
            .Where(i => file.Name(i, "S") == "GTS_PDFA1").ToList();
        string? space = null;
        if (intents.Count == 0)
        {
            failures.Add(new("ISO 19005-2 6.2.3", "the catalog has no GTS_PDFA1 output intent"));
        }
        else if (file.Get(intents[0], "DestOutputProfile") is not StreamToken profile)
        {
            failures.Add(new("ISO 19005-2 6.2.3", "the output intent has no DestOutputProfile ICC profile"));
        }
        else
        {
            var bytes = file.Decode(profile);
            var n = (file.Get(profile.StreamDictionary, "N") as NumericToken)?.Int;
            space = bytes.Length >= 128 ? Encoding.ASCII.GetString(bytes, 16, 4) : null;
            var sound = bytes.Length >= 128 && Encoding.ASCII.GetString(bytes, 36, 4) == "acsp" && bytes[8] is >= 2 and <= 4
                && ProfileClasses.Contains(Encoding.ASCII.GetString(bytes, 12, 4));
            if (!sound)
            {
                failures.Add(new("ISO 19005-2 6.2.3", "the output intent's ICC profile is not a valid ICC version 2 to 4 output, display, input or colour space profile"));
            }
            else if ((space, n) is not ("RGB ", 3) and not ("GRAY", 1) and not ("CMYK", 4))
            {
                failures.Add(new("ISO 19005-2 6.2.3", $"the output intent's ICC profile is for '{space}' but its N is {n}"));
            }
        }

        var allowed = space switch
        {
            "RGB " => new HashSet<string> { "DeviceRGB", "DeviceGray" },
            "CMYK" => ["DeviceCMYK", "DeviceGray"],
            "GRAY" => ["DeviceGray"],
            _ => [],
        };
        foreach (var used in DeviceSpaces(file).Distinct().Where(s => !allowed.Contains(s)))
        {
            failures.Add(new("ISO 19005-2 6.2.4.3", $"{used} is used without an output intent of that kind"));
        }

        return failures;
    }

    /// <summary>The device colour spaces drawn with: by content-stream operators and by images.</summary>
    private static IEnumerable<string> DeviceSpaces(CheckedFile file)
    {
        foreach (var page in file.Pages)
        {
            foreach (var op in page.Operations)
            {
                var space = op.Operator switch
                {
                    "rg" or "RG" => "DeviceRGB",
                    "g" or "G" => "DeviceGray",
                    "k" or "K" => "DeviceCMYK",
                    _ => null,
                };
                if (space is not null)
                {
                    yield return space;
                }
            }

            var resources = file.Dictionary(page.Dictionary, "Resources");
            foreach (var (_, value) in file.Dictionary(resources, "XObject")?.Data ?? new Dictionary<string, IToken>())
            {
                if (file.Resolve(value) is StreamToken image && file.Get(image.StreamDictionary, "ColorSpace") is NameToken name && name.Data.StartsWith("Device", StringComparison.Ordinal))
                {
                    yield return name.Data;
                }
            }
        }
    }
}
