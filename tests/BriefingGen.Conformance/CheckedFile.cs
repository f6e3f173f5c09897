using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace BriefingGen.Conformance;

/// <summary>
/// A finished PDF as PdfPig reads it, with the lookups every rule needs: indirect objects resolved,
/// the XMP packet parsed, and the structure tree walked once into a flat list of elements.
/// </summary>
internal sealed class CheckedFile : IDisposable
{
    private readonly PdfDocument _document;
    private List<StructElement>? _elements;

    /// <summary>Reads <paramref name="bytes"/>.</summary>
    public CheckedFile(byte[] bytes)
    {
        Bytes = bytes;
        _document = PdfDocument.Open(bytes);
        Catalog = _document.Structure.Catalog.CatalogDictionary;
        Pages = [.. _document.GetPages()];
        Xmp = _document.TryGetXmpMetadata(out var xmp) ? TryParse(xmp) : null;
    }

    /// <summary>The file's bytes, for what PdfPig does not keep (the header).</summary>
    public byte[] Bytes { get; }

    /// <summary>The document catalog.</summary>
    public DictionaryToken Catalog { get; }

    /// <summary>The pages in order.</summary>
    public IReadOnlyList<Page> Pages { get; }

    /// <summary>The catalog's XMP packet, parsed; null when there is none or it is not XML.</summary>
    public XDocument? Xmp { get; }

    /// <summary>The trailer's file identifier, or null.</summary>
    public IReadOnlyList<IDataToken<string>>? Identifier => _document.Structure.Trailer.Identifier;

    /// <summary>The trailer's Encrypt entry, or null.</summary>
    public IToken? Encryption => _document.Structure.Trailer.EncryptionToken;

    /// <summary>The document information dictionary, or null.</summary>
    public DictionaryToken? Info => Resolve(_document.Structure.Trailer.Info) as DictionaryToken;

    /// <summary>Every element of the structure tree, depth first in reading order (empty when untagged).</summary>
    public IReadOnlyList<StructElement> Elements => _elements ??= StructElement.Walk(this);

    /// <summary>The object a token stands for: itself, or the indirect object it refers to.</summary>
    public IToken? Resolve(IToken? token)
    {
        for (var depth = 0; token is IndirectReferenceToken reference && depth < 32; depth++)
        {
            token = _document.Structure.GetObject(reference.Data)?.Data;
        }

        return token;
    }

    /// <summary>The entry <paramref name="key"/> of <paramref name="dictionary"/>, resolved.</summary>
    public IToken? Get(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(token) : null;

    /// <summary>The dictionary at <paramref name="key"/>, or null.</summary>
    public DictionaryToken? Dictionary(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    /// <summary>The name at <paramref name="key"/>, without its slash, or null.</summary>
    public string? Name(DictionaryToken? dictionary, string key) => (Get(dictionary, key) as NameToken)?.Data;

    /// <summary>The text string at <paramref name="key"/>, decoded, or null.</summary>
    public string? Text(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    /// <summary>The array at <paramref name="key"/> (a single object counts as an array of one), or empty.</summary>
    public IReadOnlyList<IToken> Array(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        ArrayToken a => a.Data,
        null => [],
        var one => [one],
    };

    /// <summary>The stream's data with its filters undone.</summary>
    public byte[] Decode(StreamToken stream) => stream.Decode(_document.Structure.FilterProvider, _document.Structure.TokenScanner).ToArray();

    /// <inheritdoc />
    public void Dispose() => _document.Dispose();

    /// <summary>The packet read as XML from its bytes, which are UTF-8 unless they say otherwise (XMP Part 1 §7.3.2).</summary>
    private static XDocument? TryParse(XmpMetadata xmp)
    {
        try
        {
            using var stream = new MemoryStream(xmp.GetXmlBytes().ToArray());
            return XDocument.Load(stream);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
