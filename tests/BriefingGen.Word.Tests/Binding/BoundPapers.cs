using System.Xml.Linq;
using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Testing;
using BriefingGen.Word.Binding;
using BriefingGen.Word.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>Renders data-bound papers, edits them as Word stores edits, and reads their data back.</summary>
internal static class BoundPapers
{
    /// <summary>The sample rendered to .docx, with the document model it was written from.</summary>
    public static (Model.Document Document, byte[] Docx) Sample() => Render(DataSource.FromFile(RepositoryPaths.Sample));

    /// <summary>Renders <paramref name="source"/> with the policy-brief pack.</summary>
    public static (Model.Document Document, byte[] Docx) Render(DataSource source)
    {
        var result = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new WordRenderer()).Render(source, "docx");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result.Document!, result.Outputs.Single().Bytes.ToArray());
    }

    /// <summary>The sample's data as read.</summary>
    public static DataNode SampleData() => DataLoader.Load(RepositoryPaths.Sample).Root!;

    /// <summary>Reads the data back from <paramref name="docx"/>.</summary>
    public static ExtractedPaper Extract(byte[] docx) => PaperExtractor.Extract(new MemoryStream(docx), "paper.docx");

    /// <summary>Every content control of the document's stories.</summary>
    public static IEnumerable<SdtElement> Controls(WordprocessingDocument document) =>
        new OpenXmlElement?[]
        {
            document.MainDocumentPart!.Document!.Body,
        }
        .Concat(document.MainDocumentPart.HeaderParts.Select(h => (OpenXmlElement?)h.Header))
        .Concat(document.MainDocumentPart.FooterParts.Select(f => (OpenXmlElement?)f.Footer))
        .OfType<OpenXmlElement>()
        .SelectMany(story => story.Descendants<SdtElement>());

    /// <summary>A control's tag.</summary>
    public static string? Tag(SdtElement control) => control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    /// <summary>The text a control shows.</summary>
    public static string Text(SdtElement control) => string.Concat(control.Descendants<Text>().Select(t => t.Text));

    /// <summary>The data part's XML.</summary>
    public static XDocument Part(WordprocessingDocument document)
    {
        var part = document.MainDocumentPart!.CustomXmlParts.Single();
        using var stream = part.GetStream();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    /// <summary>
    /// Edits the docx as Word stores an edit: the text of every control tagged <paramref name="path"/>
    /// that Word lets a user edit (not the locked ones, which show text worked out from the value)
    /// becomes <paramref name="shown"/>, and the field element a bound one names holds <paramref name="stored"/>.
    /// </summary>
    public static byte[] Edit(byte[] docx, string path, string shown, string? stored = null)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var controls = Controls(document).Where(c => Tag(c) == path && c.SdtProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>() is null).ToList();
            Assert.NotEmpty(controls);
            string? xpath = null;
            foreach (var control in controls)
            {
                var texts = control.Descendants<Text>().ToList();
                texts[0].Text = shown;
                foreach (var extra in texts.Skip(1))
                {
                    extra.Text = "";
                }

                xpath ??= control.SdtProperties?.GetFirstChild<DataBinding>()?.XPath?.Value;
            }

            if (xpath is not null)
            {
                var part = document.MainDocumentPart!.CustomXmlParts.Single();
                XDocument xml;
                using (var read = part.GetStream())
                {
                    xml = XDocument.Load(read, LoadOptions.PreserveWhitespace);
                }

                var position = PaperPart.PositionOf(xpath);
                XNamespace ns = PaperPart.Namespace;
                xml.Root!.Element(ns + PaperPart.Fields)!.Elements(ns + PaperPart.Field).ElementAt(position - 1).Element(ns + PaperPart.Value)!.Value = stored ?? shown;
                using var write = part.GetStream(FileMode.Create);
                xml.Save(write, SaveOptions.DisableFormatting);
            }
        }

        return stream.ToArray();
    }
}
