using BriefingGen.Model;
using BriefingGen.Pdf.Writing.Objects;
using BriefingGen.Rendering;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Assembles the finished file from a <see cref="PdfCanvas"/>: catalog, page tree, pages with
/// their content and link annotations, subset fonts, images, the outline, the structure tree, the
/// Info dictionary and XMP metadata. Objects are written in a fixed order, so the same pages give
/// the same bytes. A claimed standard adds its identification to the metadata and, for PDF/A, the
/// sRGB output intent.
/// </summary>
internal static class PdfDocumentWriter
{
    /// <summary>Writes the document to <paramref name="output"/>, identified as meeting <paramref name="standard"/>.</summary>
    public static void Write(PdfCanvas canvas, DocumentMetadata metadata, Stream output, PdfStandard standard = PdfStandard.None)
    {
        using var writer = new PdfFileWriter();
        var catalog = writer.Reserve();
        var pageTree = writer.Reserve();
        var info = writer.Reserve();
        var xmp = writer.Reserve();
        var resources = writer.Reserve();
        var pageObjects = canvas.Pages.Select(_ => writer.Reserve()).ToList();

        var fonts = canvas.Fonts.Values.ToDictionary(u => u.Face, u => FontEmbedder.Write(writer, u));
        var images = canvas.Images.Select(i => ImageEmbedder.Write(writer, i)).ToList();
        writer.Write(resources, Resources(fonts.Values, images, canvas.Opacities));

        PdfArray? Destination(string target) =>
            canvas.Destinations.TryGetValue(target.TrimStart('#'), out var d)
                ? new PdfArray { pageObjects[d.Page], PdfName.Of("XYZ"), PdfNull.Instance, d.Y, PdfNull.Instance }
                : null;

        // Each page's parent-tree key is its index; annotations' keys follow the pages'.
        var tagged = new Dictionary<(int Page, int Link), (PdfReference Object, int Key)>();
        for (var p = 0; p < canvas.Pages.Count; p++)
        {
            var page = canvas.Pages[p];
            var content = writer.Reserve();
            WriteContent(writer, content, page, fonts);
            var annotations = new PdfArray();
            for (var l = 0; l < page.Links.Count; l++)
            {
                var key = canvas.Pages.Count + tagged.Count;
                if (LinkAnnotation.For(page.Links[l], Destination, key) is not { } annotation)
                {
                    continue;
                }

                var reference = writer.Reserve();
                writer.Write(reference, annotation);
                annotations.Add(reference);
                tagged[(p, l)] = (reference, key);
            }

            var dictionary = new PdfDictionary
            {
                ["Type"] = PdfName.Of("Page"),
                ["Parent"] = pageTree,
                ["MediaBox"] = new PdfArray { 0, 0, page.Width, page.Height },
                ["Resources"] = resources,
                ["Contents"] = content,
            };
            if (annotations.Count > 0)
            {
                dictionary["Annots"] = annotations;
            }

            dictionary["StructParents"] = p;
            dictionary["Tabs"] = PdfName.Of("S");
            writer.Write(pageObjects[p], dictionary);
        }

        writer.Write(pageTree, new PdfDictionary
        {
            ["Type"] = PdfName.Of("Pages"),
            ["Kids"] = new PdfArray(pageObjects),
            ["Count"] = pageObjects.Count,
        });
        var outline = OutlineWriter.Write(writer, canvas.Outline, Destination);
        var structure = StructureWriter.Write(writer, canvas.Root, canvas.Pages, pageObjects, tagged);
        // PDF/A (ISO 19005) wants the metadata stream without a filter, readable by tools that know no PDF.
        writer.WriteStream(xmp, new PdfDictionary { ["Type"] = PdfName.Of("Metadata"), ["Subtype"] = PdfName.Of("XML") }, XmpMetadata.For(metadata, standard), compress: false);
        writer.Write(info, DocumentInfo.For(metadata));
        var catalogDictionary = Catalog(metadata, pageTree, xmp, outline, structure);
        if (standard.PdfALevel() is not null)
        {
            catalogDictionary["OutputIntents"] = OutputIntent.Write(writer);
        }

        writer.Write(catalog, catalogDictionary);
        writer.Finish(output, catalog, info);
    }

    /// <summary>The resources every page shares: all the fonts, images and opacities of the document, written once.</summary>
    private static PdfDictionary Resources(IEnumerable<EmbeddedFont> fonts, IReadOnlyList<PdfReference> images, IReadOnlyCollection<(int Fill, int Stroke)> opacities)
    {
        var fontResources = new PdfDictionary();
        foreach (var font in fonts)
        {
            fontResources[font.ResourceName] = font.Reference;
        }

        var resources = new PdfDictionary { ["Font"] = fontResources };
        if (images.Count > 0)
        {
            var imageResources = new PdfDictionary();
            for (var i = 0; i < images.Count; i++)
            {
                imageResources["Im" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = images[i];
            }

            resources["XObject"] = imageResources;
        }

        if (opacities.Count > 0)
        {
            var states = new PdfDictionary();
            foreach (var key in opacities)
            {
                states[PdfOpacity.Name(key)] = new PdfDictionary { ["Type"] = PdfName.Of("ExtGState"), ["ca"] = key.Fill / 1000.0, ["CA"] = key.Stroke / 1000.0 };
            }

            resources["ExtGState"] = states;
        }

        return resources;
    }

    private static PdfDictionary Catalog(DocumentMetadata metadata, PdfReference pageTree, PdfReference xmp, PdfReference? outline, PdfReference structure)
    {
        var catalog = new PdfDictionary
        {
            ["Type"] = PdfName.Of("Catalog"),
            ["Pages"] = pageTree,
            ["Metadata"] = xmp,
            ["Lang"] = PdfString.Text(metadata.Language),
        };
        if (outline is not null)
        {
            catalog["Outlines"] = outline;
            catalog["PageMode"] = PdfName.Of("UseOutlines");
        }

        catalog["MarkInfo"] = new PdfDictionary { ["Marked"] = true };
        catalog["StructTreeRoot"] = structure;
        catalog["ViewerPreferences"] = new PdfDictionary { ["DisplayDocTitle"] = true };
        return catalog;
    }

    /// <summary>Writes <paramref name="page"/>'s content stream as object <paramref name="content"/>, through this thread's kept buffer.</summary>
    private static void WriteContent(PdfFileWriter writer, PdfReference content, PdfPage page, IReadOnlyDictionary<Fonts.FontFace, EmbeddedFont> fonts)
    {
        var buffer = ContentBuffer.Take();
        try
        {
            ContentStreamWriter.Write(page, fonts, buffer);
            writer.WriteStream(content, new PdfDictionary(), buffer.Written, compress: true);
        }
        finally
        {
            ContentBuffer.Return(buffer);
        }
    }
}
