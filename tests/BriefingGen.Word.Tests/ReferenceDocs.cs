using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>The smallest house style a pack can ship: a reference.docx holding the given styles, and a theme when one is given.</summary>
internal static class ReferenceDocs
{
    /// <summary>Writes the reference document to <paramref name="path"/> and returns the path.</summary>
    public static string Write(string path, IEnumerable<Style> styles, string? themeXml = null)
    {
        using var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body(new Paragraph()));
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(styles);
        if (themeXml is not null)
        {
            using var writer = new StreamWriter(main.AddNewPart<ThemePart>().GetStream(FileMode.Create));
            writer.Write(themeXml);
        }

        return path;
    }
}
