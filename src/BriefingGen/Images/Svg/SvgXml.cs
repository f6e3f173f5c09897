using System.Xml;

namespace BriefingGen.Images.Svg;

/// <summary>
/// Reads an SVG file's XML into <see cref="SvgElement"/>s, safely: no DTD (so no entity expansion,
/// the "billion laughs"), no resolver (so no external file or URL is ever opened), and the element
/// count and nesting depth checked as the reader goes, before anything is built from them.
/// </summary>
internal static class SvgXml
{
    /// <summary>The SVG namespace.</summary>
    public const string SvgNamespace = "http://www.w3.org/2000/svg";

    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";

    /// <summary>The root element of <paramref name="bytes"/>.</summary>
    /// <exception cref="UnusableImageException">The XML is not well formed, has a DTD or is beyond the limits.</exception>
    public static SvgElement Read(byte[] bytes, ImageLimits limits)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
        var info = (IXmlLineInfo)reader;
        var stack = new List<SvgElement>();
        SvgElement? root = null;
        var count = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                // The reader points at the name; people (and editors) count from the "<" before it.
                var (line, column) = (info.LineNumber, info.LinePosition - 1);
                if (++count > limits.MaxSvgElements)
                {
                    throw UnusableImageException.TooLarge($"has more than {limits.MaxSvgElements:N0} elements (at {line}:{column}); SVG pictures may have at most that many");
                }

                if (stack.Count >= limits.MaxSvgDepth)
                {
                    throw UnusableImageException.TooLarge($"nests its elements more than {limits.MaxSvgDepth} deep (at {line}:{column}); SVG pictures may nest at most that deep");
                }

                var ns = reader.NamespaceURI;
                var element = new SvgElement(reader.LocalName, ns is "" or SvgNamespace, Attributes(reader), [], line, column);
                if (stack.Count > 0)
                {
                    stack[^1].Children.Add(element);
                }
                else
                {
                    root = element;
                }

                if (!reader.IsEmptyElement)
                {
                    stack.Add(element);
                }
            }
        }
        catch (XmlException e)
        {
            throw reader.NodeType == XmlNodeType.DocumentType || e.Message.Contains("DTD", StringComparison.Ordinal)
                ? UnusableImageException.Unsupported($"it has a DOCTYPE (a DTD) at {DoctypePlace(bytes)}; SVG pictures may not have one, as its entities and external files are never read")
                : UnusableImageException.Damaged($"its XML is not well formed at {e.LineNumber}:{e.LinePosition}: {e.Message}");
        }

        return root ?? throw UnusableImageException.Damaged("it has no root element");
    }

    /// <summary>The line:column of the first "&lt;!DOCTYPE", which the XML reader refuses without saying where.</summary>
    private static string DoctypePlace(byte[] bytes)
    {
        var at = bytes.AsSpan().IndexOf("<!DOCTYPE"u8);
        if (at < 0)
        {
            return "the start";
        }

        var before = bytes.AsSpan(0, at);
        var line = before.Count((byte)'\n') + 1;
        var column = at - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return $"{line}:{column}";
    }

    private static Dictionary<string, string> Attributes(XmlReader reader)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var ns = reader.NamespaceURI;
                if (ns == "")
                {
                    attributes[reader.LocalName] = reader.Value;
                }
                else if (ns == XlinkNamespace && reader.LocalName == "href")
                {
                    attributes.TryAdd("href", reader.Value); // SVG 2's plain href wins over xlink:href
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return attributes;
    }
}
