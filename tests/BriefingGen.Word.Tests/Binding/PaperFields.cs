using System.Xml.Linq;
using BriefingGen.Data;
using BriefingGen.Word.Binding;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>The fields a paper's part lists, the controls that show them, and the data a test expects after editing them.</summary>
internal static class PaperFields
{
    /// <summary>The tree with the value at each data path of <paramref name="values"/> replaced, keeping the kind it had.</summary>
    public static DataNode WithValues(DataNode root, IReadOnlyDictionary<string, string> values) => WithValues(root, values, DataPath.Root);

    /// <summary>The XPath of the binding of the first bound control tagged <paramref name="path"/>, or null when none is bound.</summary>
    public static string? BindingOrNull(byte[] docx, string path)
    {
        using var word = WordOutput.Open(docx);
        return BoundPapers.Controls(word).Where(c => BoundPapers.Tag(c) == path)
            .Select(c => c.SdtProperties?.GetFirstChild<DataBinding>()?.XPath?.Value)
            .FirstOrDefault(x => x is not null);
    }

    /// <summary>How the paper read the Markdown field at <paramref name="path"/> when it was made: what an unedited field reads back as.</summary>
    public static string MarkdownReading(byte[] docx, string path)
    {
        using var word = WordOutput.Open(docx);
        XNamespace ns = PaperPart.Namespace;
        return BoundPapers.Part(word).Root!.Element(ns + PaperPart.Fields)!.Elements(ns + PaperPart.Field)
            .Single(f => (string?)f.Attribute("path") == path && (string?)f.Attribute("form") == "markdown")
            .Element(ns + PaperPart.Value)!.Value;
    }

    /// <summary>Types <paramref name="added"/> at the end of the first text of the Markdown field at <paramref name="path"/>, as Word stores typing in a rich-text control.</summary>
    public static byte[] EditMarkdown(byte[] docx, string path, string added)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var text = BoundPapers.Controls(document).Where(c => BoundPapers.Tag(c) == path).SelectMany(c => c.Descendants<Text>()).First(t => t.Text.Trim().Length > 0);
            text.Parent!.InsertAfterSelf(new Run(new Text(added) { Space = SpaceProcessingModeValues.Preserve }) { RsidRunAddition = "00C0FFEE" });
        }

        return stream.ToArray();
    }

    /// <summary>The fields the paper's part lists, in order.</summary>
    public static IReadOnlyList<PartFieldView> Fields(byte[] docx)
    {
        using var word = WordOutput.Open(docx);
        XNamespace ns = PaperPart.Namespace;
        return BoundPapers.Part(word).Root!.Element(ns + PaperPart.Fields)!.Elements(ns + PaperPart.Field)
            .Select(f => new PartFieldView(
                (string)f.Attribute("path")!,
                (string)f.Attribute("form")!,
                (string?)f.Attribute("printed"),
                (string?)f.Attribute("pattern"),
                (string?)f.Attribute("culture")))
            .ToList();
    }

    /// <summary>The XPath of the binding of the first bound control tagged <paramref name="path"/>.</summary>
    public static string BindingOf(byte[] docx, string path) =>
        BindingOrNull(docx, path) ?? throw new InvalidOperationException($"no control tagged {path} is bound");

    /// <summary>The items of the drop-down lists tagged <paramref name="path"/>: value and the label it shows.</summary>
    public static IReadOnlyList<(string Value, string Label)> Choices(byte[] docx, string path)
    {
        using var word = WordOutput.Open(docx);
        return BoundPapers.Controls(word).Where(c => BoundPapers.Tag(c) == path)
            .Select(c => c.SdtProperties?.GetFirstChild<SdtContentDropDownList>())
            .OfType<SdtContentDropDownList>()
            .First()
            .Elements<ListItem>().Select(i => (i.Value!.Value!, i.DisplayText!.Value!))
            .ToList();
    }

    private static DataNode WithValues(DataNode node, IReadOnlyDictionary<string, string> values, DataPath path) => node switch
    {
        DataMap map => new DataMap(map.Location, map.Entries.Select(e => e with { Value = WithValues(e.Value, values, path.Append(e.Key)) }).ToList()),
        DataList list => new DataList(list.Location, list.Items.Select((item, n) => WithValues(item, values, path.Append(n))).ToList()),
        DataScalar scalar when values.TryGetValue(path.ToString(), out var value) => scalar with { Text = value },
        _ => node,
    };
}
