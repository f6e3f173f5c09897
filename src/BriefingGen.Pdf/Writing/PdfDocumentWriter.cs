using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Assembles the finished file from a <see cref="PdfCanvas"/>: catalog, page tree, pages with
/// their content and link annotations, subset fonts, images, the outline, the Info dictionary and
/// XMP metadata. Objects are written in a fixed order, so the same pages give the same bytes.
/// </summary>
internal static class PdfDocumentWriter
{
    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    public static void Write(PdfCanvas canvas, DocumentMetadata metadata, Stream output)
    {
        var writer = new PdfObjectWriter();
        var catalog = writer.Reserve();
        var pageTree = writer.Reserve();
        var info = writer.Reserve();
        var xmp = writer.Reserve();
        var pageNumbers = canvas.Pages.Select(_ => writer.Reserve()).ToList();

        var fonts = canvas.Fonts.Values.ToDictionary(u => u.Face, u => FontEmbedder.Write(writer, u));
        var images = canvas.Images.Select(i => ImageEmbedder.Write(writer, i)).ToList();
        var fontResources = string.Join(' ', fonts.Values.Select(f => $"/{f.ResourceName} {f.ObjectNumber} 0 R"));
        var imageResources = string.Join(' ', images.Select((n, i) => $"/Im{i + 1} {n} 0 R"));

        string? Destination(string target)
        {
            var name = target.TrimStart('#');
            return canvas.Destinations.TryGetValue(name, out var d) ? $"[{pageNumbers[d.Page]} 0 R /XYZ null {PdfFormat.Number(d.Y)} null]" : null;
        }

        // Each page's parent-tree key is its index; annotations' keys follow the pages'.
        var tagged = new Dictionary<(int Page, int Link), (int Object, int Key)>();
        for (var p = 0; p < canvas.Pages.Count; p++)
        {
            var page = canvas.Pages[p];
            var content = writer.Reserve();
            writer.WriteStream(content, "", ContentStreamWriter.Write(page, fonts), compress: true);
            var annotations = new List<int>();
            for (var l = 0; l < page.Links.Count; l++)
            {
                var (x, y, w, h, target, description) = page.Links[l];
                var action = target.StartsWith('#') ? Destination(target) is { } dest ? $"/Dest {dest}" : null : $"/A << /S /URI /URI {PdfFormat.AsciiString(target)} >>";
                if (action is null)
                {
                    continue;
                }

                var annotation = writer.Reserve();
                var key = canvas.Pages.Count + tagged.Count;
                writer.Write(annotation, $"<< /Type /Annot /Subtype /Link /Rect [{N(x)} {N(y)} {N(x + w)} {N(y + h)}] /Border [0 0 0] /F 4 {action} /Contents {PdfFormat.TextString(description)} /StructParent {key} >>");
                annotations.Add(annotation);
                tagged[(p, l)] = (annotation, key);
            }

            var annots = annotations.Count > 0 ? $" /Annots [{string.Join(' ', annotations.Select(a => $"{a} 0 R"))}]" : "";
            writer.Write(pageNumbers[p],
                $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox [0 0 {N(page.Width)} {N(page.Height)}] "
                + $"/Resources << /Font << {fontResources} >> /XObject << {imageResources} >> >> /Contents {content} 0 R{annots} /StructParents {p} /Tabs /S >>");
        }

        writer.Write(pageTree, $"<< /Type /Pages /Kids [{string.Join(' ', pageNumbers.Select(n => $"{n} 0 R"))}] /Count {pageNumbers.Count} >>");
        var outline = OutlineWriter.Write(writer, canvas.Outline, Destination);
        var structure = StructureWriter.Write(writer, canvas.Root, canvas.Pages, pageNumbers, tagged);
        writer.WriteStream(xmp, "/Type /Metadata /Subtype /XML", XmpMetadata.For(metadata), compress: false);
        writer.Write(info, Info(metadata));
        var outlineEntry = outline is { } o ? $" /Outlines {o} 0 R /PageMode /UseOutlines" : "";
        writer.Write(catalog,
            $"<< /Type /Catalog /Pages {pageTree} 0 R /Metadata {xmp} 0 R /Lang {PdfFormat.TextString(metadata.Language)}{outlineEntry} "
            + $"/MarkInfo << /Marked true >> /StructTreeRoot {structure} 0 R "
            + "/ViewerPreferences << /DisplayDocTitle true >> >>");
        writer.Finish(output, catalog, info);
    }

    private static string Info(DocumentMetadata metadata)
    {
        var sb = new StringBuilder("<< /Title ").Append(PdfFormat.TextString(metadata.Title));
        if (metadata.Author is not null)
        {
            sb.Append(" /Author ").Append(PdfFormat.TextString(metadata.Author));
        }

        if (metadata.Subject is not null)
        {
            sb.Append(" /Subject ").Append(PdfFormat.TextString(metadata.Subject));
        }

        if (metadata.Keywords.Count > 0)
        {
            sb.Append(" /Keywords ").Append(PdfFormat.TextString(string.Join("; ", metadata.Keywords)));
        }

        sb.Append(" /Creator (BriefingGen) /Producer (BriefingGen)");
        if (metadata.Date is { } date)
        {
            sb.Append(" /CreationDate (").Append(PdfFormat.Date(date)).Append(") /ModDate (").Append(PdfFormat.Date(date)).Append(')');
        }

        return sb.Append(" >>").ToString();
    }

    private static string N(double value) => PdfFormat.Number(value);
}
