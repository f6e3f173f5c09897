using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Testing;
using BriefingGen.Word.Tests.Binding.LibreOffice;
using CsCheck;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>
/// Papers opened, edited and saved in a real LibreOffice, which rewrites every control and the
/// data part as it saves: the data comes back with the edits made there, and renders the edited paper.
/// </summary>
public class LibreOfficeRoundTripTests(LibreOfficeSession office) : IClassFixture<LibreOfficeSession>
{
    private static readonly SourceLocation Here = SourceLocation.OfFile("test");

    [Fact]
    public void A_paper_saved_again_by_LibreOffice_gives_back_the_same_data()
    {
        var (_, docx) = BoundPapers.Sample();
        var resaved = office.Save(docx);
        Assert.NotEqual(docx, resaved);
        var extracted = BoundPapers.Extract(resaved);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Equal(YamlDataWriter.Write(BoundPapers.SampleData()), YamlDataWriter.Write(extracted.Data!));
    }

    [Fact]
    public void Edits_made_in_LibreOffice_come_back_and_render_the_edited_paper()
    {
        var (_, docx) = BoundPapers.Sample();
        var title = "Norway and Russia — a “new” start";
        var mitigation = "Use the hotlines every week, not only in a crisis.";
        var saved = office.Save(
            docx,
            LibreOfficeEdit.Bound(PaperFields.BindingOf(docx, "title"), title),
            LibreOfficeEdit.Bound(PaperFields.BindingOf(docx, "risks[0].mitigation"), mitigation),
            LibreOfficeEdit.Bound(PaperFields.BindingOf(docx, "cooperation_areas[1].status"), "Paused"),
            LibreOfficeEdit.Bound(PaperFields.BindingOf(docx, "risks[1].likelihood"), "4"),
            LibreOfficeEdit.Bound(PaperFields.BindingOf(docx, "date"), "12 October 2026"),
            LibreOfficeEdit.Replace("people-to-people contact", "contact between people"));

        var extracted = BoundPapers.Extract(saved);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        var changes = DataDiff.Compare(BoundPapers.SampleData(), extracted.Data!);
        Assert.Equal(
            ["title", "date", "pillars[1].summary", "cooperation_areas[1].status", "risks[0].mitigation", "risks[1].likelihood"],
            changes.Select(c => c.Path.ToString()));
        var after = changes.ToDictionary(c => c.Path.ToString(), c => (DataScalar)c.After!);
        Assert.Equal(title, after["title"].Text);
        Assert.Equal(mitigation, after["risks[0].mitigation"].Text);
        Assert.Equal("paused", after["cooperation_areas[1].status"].Text);
        Assert.Equal(new DataScalar(Here, "4", ScalarKind.Integer), after["risks[1].likelihood"]);
        Assert.Equal("2026-10-12", after["date"].Text);
        var summary = after["pillars[1].summary"].Text;
        Assert.Contains("keeping contact between people across the border alive", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("people-to-people", summary, StringComparison.Ordinal);

        // The edited data renders the edited paper, which carries the edited data.
        var (_, again) = BoundPapers.Render(DataSource.FromTree(extracted.Data!, "edited.yaml"));
        using (var word = WordOutput.Open(again))
        {
            var body = word.MainDocumentPart!.Document!.Body!.InnerText;
            foreach (var shown in new[] { title, mitigation, "contact between people", "12 October 2026", "Paused" })
            {
                Assert.Contains(shown, body, StringComparison.Ordinal);
            }

            var heading = word.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First();
            Assert.Equal(title, heading.InnerText);
        }

        var back = BoundPapers.Extract(again);
        Assert.True(back.Succeeded, string.Join("\n", back.Diagnostics));
        Assert.Equal(YamlDataWriter.Write(extracted.Data!), YamlDataWriter.Write(back.Data!));
    }

    [Fact]
    public void Values_holding_ampersands_and_angle_brackets_survive_a_save_in_LibreOffice()
    {
        // LibreOffice writes each bound plain-text control's text into the data part through an
        // XSLT it builds without escaping; one & or < in such a text once emptied every part.
        var yaml = File.ReadAllText(RepositoryPaths.Sample)
            .Replace("title: Norway's policy towards Russia", "title: \"R&D, <security> & Norway's policy towards Russia\"", StringComparison.Ordinal)
            .Replace("classification: RESTRICTED", "classification: \"RESTRICTED & <EYES ONLY>\"", StringComparison.Ordinal)
            .Replace("owner: Ministry of Defence", "owner: Ministry of Defence & <the Joint HQ>", StringComparison.Ordinal);
        var (_, docx) = BoundPapers.Render(DataSource.FromText(yaml, "brief.yaml"));
        var saved = office.Save(docx, LibreOfficeEdit.Bound(PaperFields.BindingOf(docx, "risks[1].mitigation"), "Keep the talks apart."));

        var extracted = BoundPapers.Extract(saved);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        var expected = DataLoader.Parse(yaml.Replace(
            "mitigation: Keep fisheries talks separate from other disputes; prepare a fallback quota regime.",
            "mitigation: Keep the talks apart.",
            StringComparison.Ordinal), "brief.yaml").Root!;
        Assert.Equal(YamlDataWriter.Write(expected), YamlDataWriter.Write(extracted.Data!));
    }

    [Fact]
    public void An_ampersand_typed_into_a_bound_control_in_LibreOffice_is_a_clear_error_not_a_guess()
    {
        // LibreOffice pastes a bound control's text unescaped into the XSLT it writes the data part
        // with; an & typed there leaves every data part of the saved file empty. That file's data is
        // gone, and extract says so.
        var (_, docx) = BoundPapers.Sample();
        var saved = office.Save(docx, LibreOfficeEdit.Bound(PaperFields.BindingOf(docx, "risks[0].owner"), "Defence & Security"));
        var extracted = BoundPapers.Extract(saved);
        Assert.False(extracted.Succeeded);
        var error = Assert.Single(extracted.Diagnostics).Message;
        Assert.Contains("data part is empty", error, StringComparison.Ordinal);
        Assert.Contains("LibreOffice empties it", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_valid_briefs_saved_by_LibreOffice_come_back_unchanged()
    {
        const uint stream = 13;
        var briefs = Enumerable.Range(0, 8).Select(i => YamlDataWriter.Write(ValidBriefs.Case(stream, i))).ToList();
        var papers = briefs.Select(yaml => BoundPapers.Render(DataSource.FromText(yaml, "brief.yaml")).Docx).ToList();
        var saved = office.SaveAll(papers.Select(p => (p, Array.Empty<LibreOfficeEdit>())).ToList());
        for (var i = 0; i < briefs.Count; i++)
        {
            var extracted = BoundPapers.Extract(saved[i]);
            var problem = string.Create(CultureInfo.InvariantCulture, $"case {i} of stream {stream}:\n{string.Join("\n", extracted.Diagnostics)}\n--- brief.yaml ---\n{briefs[i]}");
            Assert.True(extracted.Succeeded, problem);
            Assert.True(briefs[i] == YamlDataWriter.Write(extracted.Data!), problem + "\n--- came back as ---\n" + YamlDataWriter.Write(extracted.Data!));
        }
    }

    [Fact]
    public void Random_edits_made_in_LibreOffice_to_random_briefs_come_back()
    {
        const uint stream = 15;
        var cases = Enumerable.Range(0, 6).Select(i => RandomEdits(stream, i)).ToList();
        var saved = office.SaveAll(cases.Select(c => (c.Docx, c.Edits.ToArray())).ToList());
        Assert.Contains(cases, c => c.Expected.Count > 0);
        for (var i = 0; i < cases.Count; i++)
        {
            var (yaml, _, _, expected) = cases[i];
            var extracted = BoundPapers.Extract(saved[i]);
            var problem = string.Create(CultureInfo.InvariantCulture, $"case {i} of stream {stream}, edited {string.Join("; ", expected.Select(e => $"{e.Key}: {e.Value}"))}:\n{string.Join("\n", extracted.Diagnostics)}\n--- brief.yaml ---\n{yaml}");
            Assert.True(extracted.Succeeded, problem);
            var read = DataLoader.Parse(yaml, "brief.yaml").Root!;
            Assert.True(YamlDataWriter.Write(PaperFields.WithValues(read, expected)) == YamlDataWriter.Write(extracted.Data!), problem + "\n--- came back as ---\n" + YamlDataWriter.Write(extracted.Data!));
        }
    }

    /// <summary>A random brief and up to three edits of its bound controls: typed text (without what LibreOffice cannot save bound), another choice, another date.</summary>
    private static (string Yaml, byte[] Docx, List<LibreOfficeEdit> Edits, SortedDictionary<string, string> Expected) RandomEdits(uint stream, int index)
    {
        var yaml = YamlDataWriter.Write(ValidBriefs.Case(stream, index));
        var docx = BoundPapers.Render(DataSource.FromText(yaml, "brief.yaml")).Docx;
        var pcg = new PCG(stream, (ulong)(1_000 + index));
        var random = new Random((int)pcg.Next());
        var edits = new List<LibreOfficeEdit>();
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var fields = PaperFields.Fields(docx).Where(f => f.Form != "markdown").DistinctBy(f => f.Path).ToList();
        foreach (var field in fields.OrderBy(_ => random.Next()))
        {
            if (expected.Count == 3 || PaperFields.BindingOrNull(docx, field.Path) is not { } xpath)
            {
                continue;
            }

            switch (field.Form)
            {
                case "choice":
                    var other = PaperFields.Choices(docx, field.Path).Where(c => c.Value != field.Printed).ToList();
                    var choice = other[random.Next(other.Count)];
                    edits.Add(LibreOfficeEdit.Bound(xpath, choice.Label));
                    expected[field.Path] = choice.Value;
                    break;
                case "date":
                    var date = new DateOnly(2000, 1, 1).AddDays(random.Next(12_000));
                    edits.Add(LibreOfficeEdit.Bound(xpath, date.ToString(field.Pattern!, CultureInfo.GetCultureInfo(field.Culture!))));
                    expected[field.Path] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    break;
                default:
                    var typed = ValidBriefs.TypedText(field.Path.EndsWith(".id", StringComparison.Ordinal) ? 12 : 80)
                        .Where(t => Word.Binding.BindableText.SurvivesLibreOffice(t) && t != field.Printed).Generate(pcg, null, out _);
                    edits.Add(LibreOfficeEdit.Bound(xpath, typed));
                    expected[field.Path] = typed;
                    break;
            }
        }

        return (yaml, docx, edits, expected);
    }
}
