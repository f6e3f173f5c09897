using BriefingGen.Data;
using BriefingGen.Engine;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>
/// A paper saved by another editor says the same things in other ways (LibreOffice does each of
/// these): its styles under other ids, links as HYPERLINK fields, addresses spelt otherwise, a link
/// stretched over the note mark after it, controls without tag or title. None of it is an edit.
/// </summary>
public class EditorSpellingTests
{
    private const string Brief = """
        title: Spelling
        short_title: Barents review
        date: 2026-10-05
        language: ru-RU
        summary: |
          Plain **bold** and `code`, a [numbered page](http://example.com/%281%29) and a [part](https://example.org/#part)[^1].

          - first item
          - second item

          [^1]: See the [treaty](https://www.regjeringen.no/en/).
        pillars:
          - name: Security
        """;

    [Fact]
    public void Styles_under_other_ids_with_the_same_names_read_the_same()
    {
        var edited = Saved(document =>
        {
            var renamed = new Dictionary<string, string> { ["CodeChar"] = "Code", ["Hyperlink"] = "InternetLink", ["ListBullet"] = "Liste1", ["Strong"] = "Sterk" };
            foreach (var style in document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>())
            {
                if (renamed.TryGetValue(style.StyleId!.Value!, out var id))
                {
                    style.StyleId = id;
                }
            }

            foreach (var reference in Stories(document).SelectMany(s => s.Descendants<RunStyle>()))
            {
                reference.Val = renamed.GetValueOrDefault(reference.Val!.Value!, reference.Val.Value!);
            }

            foreach (var reference in Stories(document).SelectMany(s => s.Descendants<ParagraphStyleId>()))
            {
                reference.Val = renamed.GetValueOrDefault(reference.Val!.Value!, reference.Val.Value!);
            }
        });
        AssertUnchanged(edited);
    }

    [Fact]
    public void Links_written_as_HYPERLINK_fields_read_the_same()
    {
        var edited = Saved(document =>
        {
            var main = document.MainDocumentPart!;
            var links = main.Document!.Body!.Descendants<Hyperlink>().ToList();
            Assert.True(links.Count >= 2);

            // One as a complex field, the part after # in its own switch, as LibreOffice writes it …
            var address = main.HyperlinkRelationships.Single(r => r.Id == links[1].Id!.Value).Uri.OriginalString.Split('#');
            var runs = links[1].Elements<Run>().Select(r => (Run)r.CloneNode(true)).ToList();
            links[1].InsertBeforeSelf(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
            links[1].InsertBeforeSelf(new Run(new FieldCode($" HYPERLINK \"{address[0]}\" \\l \"{address[1]}\" ") { Space = SpaceProcessingModeValues.Preserve }));
            links[1].InsertBeforeSelf(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            foreach (var run in runs)
            {
                links[1].InsertBeforeSelf(run);
            }

            links[1].InsertBeforeSelf(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            links[1].Remove();

            // … and one as a simple field.
            var target = main.HyperlinkRelationships.Single(r => r.Id == links[0].Id!.Value).Uri.OriginalString;
            var simple = new SimpleField { Instruction = $" HYPERLINK \"{target}\" " };
            simple.Append(links[0].Elements<Run>().Select(r => r.CloneNode(true)));
            links[0].InsertBeforeSelf(simple);
            links[0].Remove();
        });
        AssertUnchanged(edited);
    }

    [Fact]
    public void A_link_field_that_ends_early_reads_with_the_rest_of_its_link_styled_text()
    {
        // LibreOffice can close a link's field after its first character, leaving the rest styled as a link.
        var edited = Saved(document =>
        {
            var main = document.MainDocumentPart!;
            var link = main.Document!.Body!.Descendants<Hyperlink>().First();
            var target = main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.OriginalString;
            var run = link.Elements<Run>().Single();
            var text = run.GetFirstChild<Text>()!.Text;
            Run Styled(OpenXmlElement content) => new(new RunProperties(new RunStyle { Val = "Hyperlink" }), content);
            link.InsertBeforeSelf(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
            link.InsertBeforeSelf(new Run(new FieldCode($" HYPERLINK \"{target}\" ")));
            link.InsertBeforeSelf(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            link.InsertBeforeSelf(Styled(new Text(text[..1])));
            link.InsertBeforeSelf(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            link.InsertBeforeSelf(Styled(new Text(text[1..])));
            link.Remove();
        });
        AssertUnchanged(edited);
    }

    [Fact]
    public void Addresses_spelt_with_other_escapes_read_the_same()
    {
        var edited = Saved(document =>
        {
            foreach (var part in new OpenXmlPart[] { document.MainDocumentPart!, document.MainDocumentPart!.FootnotesPart! })
            {
                foreach (var relationship in part.HyperlinkRelationships.ToList())
                {
                    var respelt = relationship.Uri.OriginalString.Replace("%28", "(", StringComparison.Ordinal).Replace("%29", ")", StringComparison.Ordinal).Replace("/en/", "/%65n/", StringComparison.Ordinal);
                    part.DeleteReferenceRelationship(relationship);
                    part.AddHyperlinkRelationship(new Uri(respelt, UriKind.RelativeOrAbsolute), true, relationship.Id);
                }
            }
        });
        AssertUnchanged(edited);
    }

    [Fact]
    public void A_link_stretched_over_the_note_mark_after_it_reads_the_same()
    {
        var edited = Saved(document =>
        {
            var mark = document.MainDocumentPart!.Document!.Body!.Descendants<FootnoteReference>().Single().Parent!;
            var link = mark.ElementsBefore().OfType<Hyperlink>().Last();
            Assert.DoesNotContain(link.ElementsAfter().TakeWhile(e => e != mark).OfType<Run>(), r => r.InnerText.Trim().Length > 0);
            mark.Remove();
            link.Append(mark);
        });
        AssertUnchanged(edited);
    }

    [Fact]
    public void Controls_without_tag_or_title_in_the_body_and_the_footer_are_known_by_their_order()
    {
        var (_, docx) = BoundPapers.Render(DataSource.FromText(Brief, "brief.yaml"));
        var unnamed = Saved(docx, document =>
        {
            var unbound = Stories(document).SelectMany(s => s.Descendants<SdtElement>()).Where(c => c.SdtProperties!.GetFirstChild<DataBinding>() is null).ToList();
            Assert.Contains(unbound, c => c.Ancestors<Footer>().Any());
            foreach (var control in unbound)
            {
                control.SdtProperties!.GetFirstChild<Tag>()?.Remove();
                control.SdtProperties!.GetFirstChild<SdtAlias>()?.Remove();
            }
        });
        AssertUnchanged(unnamed);

        // An edit of the footer's short title, a rich-text control as its language is marked, is read too.
        var edited = Saved(unnamed, document =>
        {
            var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
            var text = footer.Descendants<SdtElement>().SelectMany(c => c.Descendants<Text>()).First(t => t.Text.Contains("Barents", StringComparison.Ordinal));
            text.Text = "Arctic review";
        });
        var extracted = BoundPapers.Extract(edited);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Equal("changed short_title: Barents review → Arctic review", Assert.Single(DataDiff.Compare(extracted.Embedded!, extracted.Data!)).ToString());
    }

    private static byte[] Saved(Action<WordprocessingDocument> edit) => Saved(BoundPapers.Render(DataSource.FromText(Brief, "brief.yaml")).Docx, edit);

    private static byte[] Saved(byte[] docx, Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Stories(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        return new OpenXmlElement?[] { main.Document!.Body, main.FootnotesPart?.Footnotes }
            .Concat(main.HeaderParts.Select(h => (OpenXmlElement?)h.Header))
            .Concat(main.FooterParts.Select(f => (OpenXmlElement?)f.Footer))
            .OfType<OpenXmlElement>();
    }

    private static void AssertUnchanged(byte[] docx)
    {
        var extracted = BoundPapers.Extract(docx);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Empty(DataDiff.Compare(extracted.Embedded!, extracted.Data!).Select(c => c.ToString()));
    }
}
