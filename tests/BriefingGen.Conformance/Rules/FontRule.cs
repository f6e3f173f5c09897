using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Conformance.Rules;

/// <summary>
/// Fonts: every font program embedded (Matterhorn 31-009; ISO 19005-2 §6.2.11.4.1), a CIDToGIDMap
/// for TrueType CIDFonts (§6.2.11.3.2), a ToUnicode map (Matterhorn 31-027; §6.2.11.7.2 at level A),
/// and no text drawn with the .notdef glyph (Matterhorn 31-030; §6.2.11.8). BriefingGen writes
/// Type0 fonts with Identity-H, in which CID 0 is .notdef; for other fonts code 0 is taken as it.
/// </summary>
internal sealed class FontRule : IConformanceRule
{
    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        if (!target.PdfUa1 && target.PdfA2Level is null)
        {
            return [];
        }

        var failures = new List<ConformanceFailure>();
        var checkedFonts = new HashSet<DictionaryToken>(ReferenceEqualityComparer.Instance);
        var notdef = false;
        foreach (var page in file.Pages)
        {
            var fonts = file.Dictionary(file.Dictionary(page.Dictionary, "Resources"), "Font");
            foreach (var (name, value) in fonts?.Data ?? new Dictionary<string, IToken>())
            {
                if (file.Resolve(value) is DictionaryToken font && checkedFonts.Add(font))
                {
                    failures.AddRange(CheckFont(file, font, name, target));
                }
            }

            var twoByte = false;
            foreach (var op in page.Operations)
            {
                switch (op)
                {
                    case SetFontAndSize tf:
                        var font = file.Resolve(fonts is not null && fonts.TryGet(tf.Font, out var f) ? f : null) as DictionaryToken;
                        twoByte = file.Name(font, "Subtype") == "Type0";
                        break;
                    case ShowText tj:
                        notdef |= HasNotdef(tj.Bytes.ToArray(), twoByte);
                        break;
                    case ShowTextsWithPositioning tjs:
                        notdef |= tjs.Array.Any(t => HasNotdef(Bytes(t), twoByte));
                        break;
                }
            }
        }

        if (notdef)
        {
            if (target.PdfUa1)
            {
                failures.Add(new("Matterhorn 31-030", "text is drawn with the .notdef glyph"));
            }

            if (target.PdfA2Level is not null)
            {
                failures.Add(new("ISO 19005-2 6.2.11.8", "text is drawn with the .notdef glyph"));
            }
        }

        return failures;
    }

    private static IEnumerable<ConformanceFailure> CheckFont(CheckedFile file, DictionaryToken font, string name, ConformanceTarget target)
    {
        var type0 = file.Name(font, "Subtype") == "Type0";
        var descendant = type0 ? file.Array(font, "DescendantFonts").Select(file.Resolve).OfType<DictionaryToken>().FirstOrDefault() : null;
        var descriptor = file.Dictionary(descendant ?? font, "FontDescriptor");
        var embedded = descriptor is not null && (file.Get(descriptor, "FontFile") ?? file.Get(descriptor, "FontFile2") ?? file.Get(descriptor, "FontFile3")) is StreamToken;
        if (!embedded)
        {
            if (target.PdfUa1)
            {
                yield return new("Matterhorn 31-009", $"font {name} is not embedded");
            }

            if (target.PdfA2Level is not null)
            {
                yield return new("ISO 19005-2 6.2.11.4.1", $"font {name} is not embedded");
            }
        }

        if (target.PdfA2Level is not null && descendant is not null && file.Name(descendant, "Subtype") == "CIDFontType2" && file.Get(descendant, "CIDToGIDMap") is null)
        {
            yield return new("ISO 19005-2 6.2.11.3.2", $"font {name} is a TrueType CIDFont without a CIDToGIDMap");
        }

        if (file.Get(font, "ToUnicode") is not StreamToken)
        {
            if (target.PdfUa1)
            {
                yield return new("Matterhorn 31-027", $"font {name} has no ToUnicode map");
            }

            if (target.LevelA)
            {
                yield return new("ISO 19005-2 6.2.11.7.2", $"font {name} has no ToUnicode map");
            }
        }
    }

    private static byte[] Bytes(IToken token) => token switch
    {
        HexToken h => [.. h.Bytes],
        StringToken s => s.GetBytes(),
        _ => [],
    };

    private static bool HasNotdef(byte[] bytes, bool twoByte)
    {
        if (!twoByte)
        {
            return bytes.Contains((byte)0);
        }

        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0 && bytes[i + 1] == 0)
            {
                return true;
            }
        }

        return false;
    }
}
