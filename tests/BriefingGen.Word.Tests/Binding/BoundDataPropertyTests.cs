using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Engine;
using BriefingGen.Testing;
using CsCheck;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>
/// Any brief the schema accepts comes back from its paper as it went in: render it to .docx, read
/// its data back, and nothing has changed, to the byte of the data file. The cases come from fixed
/// seeds, so every run tries the same briefs; a failure names its case and prints its data.
/// </summary>
public class BoundDataPropertyTests
{
    /// <summary>The stream the cases come from: case i is seed i of it.</summary>
    private const uint Stream = 11;

    /// <summary>About three seconds of rendering and reading back.</summary>
    private const int Cases = 30;

    /// <summary>The stream the edited cases come from.</summary>
    private const uint EditStream = 12;

    /// <summary>Each renders twice and reads back three times: about three seconds.</summary>
    private const int EditCases = 12;

    /// <summary>How many fields of each paper are edited.</summary>
    private const int EditsPerPaper = 4;

    [Fact]
    public void Random_valid_briefs_come_back_from_their_papers_unchanged()
    {
        for (var i = 0; i < Cases; i++)
        {
            var yaml = YamlDataWriter.Write(ValidBriefs.Case(Stream, i));
            var read = DataLoader.Parse(yaml, "brief.yaml");
            Assert.True(read.Root is not null, Failure(i, yaml, string.Join("\n", read.Diagnostics)));

            var result = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new WordRenderer()).Render(DataSource.FromText(yaml, "brief.yaml"), "docx");
            Assert.True(result.Succeeded, Failure(i, yaml, string.Join("\n", result.Diagnostics)));
            var docx = result.Outputs.Single().Bytes.ToArray();
            var errors = WordOutput.ValidationErrors(docx);
            Assert.True(errors.Count == 0, Failure(i, yaml, "OpenXmlValidator:\n" + string.Join("\n", errors)));

            var extracted = BoundPapers.Extract(docx);
            Assert.True(extracted.Succeeded, Failure(i, yaml, string.Join("\n", extracted.Diagnostics)));
            var changes = DataDiff.Compare(read.Root!, extracted.Data!);
            Assert.True(changes.Count == 0, Failure(i, yaml, string.Join("\n", changes)));
            Assert.True(yaml == YamlDataWriter.Write(extracted.Data!), Failure(i, yaml, "the data came back spelt differently:\n" + YamlDataWriter.Write(extracted.Data!)));
        }
    }

    [Fact]
    public void Random_edits_in_the_controls_of_random_briefs_come_back_and_nothing_else_changes()
    {
        var editedForms = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < EditCases; i++)
        {
            var yaml = YamlDataWriter.Write(ValidBriefs.Case(EditStream, i));
            var read = DataLoader.Parse(yaml, "brief.yaml").Root!;
            var (_, docx) = BoundPapers.Render(DataSource.FromText(yaml, "brief.yaml"));
            var pcg = new PCG(EditStream, (ulong)(1_000 + i));
            var random = new Random((int)pcg.Next());
            var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var fields = PaperFields.Fields(docx).Where(f => f.Form != "markdown").DistinctBy(f => f.Path).ToList();
            foreach (var field in fields.OrderBy(_ => random.Next()).Take(EditsPerPaper))
            {
                switch (field.Form)
                {
                    case "choice":
                        var other = PaperFields.Choices(docx, field.Path).Where(c => c.Value != field.Printed).ToList();
                        var choice = other[random.Next(other.Count)];
                        docx = BoundPapers.Edit(docx, field.Path, choice.Label, choice.Value);
                        expected[field.Path] = choice.Value;
                        editedForms.Add(field.Form);
                        break;
                    case "date":
                        var date = new DateOnly(2000, 1, 1).AddDays(random.Next(12_000));
                        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        if (iso != field.Printed)
                        {
                            docx = BoundPapers.Edit(docx, field.Path, date.ToString(field.Pattern!, CultureInfo.GetCultureInfo(field.Culture!)), iso);
                            expected[field.Path] = iso;
                            editedForms.Add(field.Form);
                        }

                        break;
                    default:
                        var typed = ValidBriefs.TypedText(field.Path.EndsWith(".id", StringComparison.Ordinal) ? 12 : 80).Generate(pcg, null, out _);
                        if (typed != field.Printed)
                        {
                            docx = BoundPapers.Edit(docx, field.Path, typed);
                            expected[field.Path] = typed;
                            editedForms.Add(field.Form);
                        }

                        break;
                }
            }

            // A Markdown field retyped in Word: what it reads back as must render a paper that reads the same.
            var markdown = PaperFields.Fields(docx).Where(f => f.Form == "markdown").Select(f => f.Path).OrderBy(_ => random.Next()).FirstOrDefault();
            if (markdown is not null)
            {
                docx = PaperFields.EditMarkdown(docx, markdown, " edited");
                editedForms.Add("markdown");
            }

            var extracted = BoundPapers.Extract(docx);
            Assert.True(extracted.Succeeded, Failure(i, yaml, $"edited {string.Join("; ", expected.Select(e => $"{e.Key}: {e.Value}"))}, {markdown}:\n{string.Join("\n", extracted.Diagnostics)}", EditStream));
            if (markdown is not null && DataPath.TryParse(markdown, out var markdownPath) && DataPath.Find(extracted.Data!, markdownPath) is DataScalar { } retyped)
            {
                Assert.True(retyped.Text.Contains(" edited", StringComparison.Ordinal), Failure(i, yaml, $"the edit of {markdown} was not read: {retyped.Text}", EditStream));
                expected[markdown] = retyped.Text;
            }

            var edited = YamlDataWriter.Write(PaperFields.WithValues(read, expected));
            Assert.True(
                edited == YamlDataWriter.Write(extracted.Data!),
                Failure(i, yaml, $"edited {string.Join("; ", expected.Select(e => $"{e.Key}: {e.Value}"))}\nread back:\n{YamlDataWriter.Write(extracted.Data!)}", EditStream));

            // The edited data makes a paper that carries the edited data.
            var again = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new WordRenderer()).Render(DataSource.FromTree(extracted.Data!, "edited.yaml"), "docx");
            Assert.True(again.Succeeded, Failure(i, yaml, string.Join("\n", again.Diagnostics), EditStream));
            var againDocx = again.Outputs.Single().Bytes.ToArray();
            var back = BoundPapers.Extract(againDocx);
            Assert.True(back.Succeeded && DataDiff.Compare(extracted.Data!, back.Data!).Count == 0, Failure(i, yaml, "the paper made from the edited data carries other data", EditStream));
            if (markdown is not null)
            {
                var reading = PaperFields.MarkdownReading(againDocx, markdown);
                Assert.True(reading == expected[markdown], Failure(i, yaml, $"{markdown} read back as\n{expected[markdown]}\nbut the paper made from it reads\n{reading}", EditStream));
            }
        }

        // Cases that never edit a kind of control no longer test it.
        Assert.Equal(["choice", "date", "markdown", "text"], editedForms.Order(StringComparer.Ordinal));
    }

    private static string Failure(int index, string yaml, string problem, uint stream = Stream) =>
        string.Create(CultureInfo.InvariantCulture, $"case {index} of stream {stream}: {problem}\n--- brief.yaml ---\n{yaml}");
}
