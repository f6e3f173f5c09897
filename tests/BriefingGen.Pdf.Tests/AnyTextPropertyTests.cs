using System.Text.Json;
using BriefingGen.Pdf.Tests.Support;
using CsCheck;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// "Any valid data renders": briefs whose fields are random words from many scripts and markup
/// characters all become PDFs that qpdf accepts, with every font subset and mapped, nothing
/// outside the page or over other text, and every field's words in the extracted text.
/// </summary>
public class AnyTextPropertyTests
{
    private static readonly string[][] Alphabets =
    [
        ["a", "b", "k", "q", "x", "Z", "0", "7"],
        ["*", "_", "#", "|", "<", ">", "&", "{", "}", "[", "]", "`", "\\", "~", "=", "@"],
        ["æ", "ø", "å", "Æ", "Ø", "Å", "é", "ü"],
        ["Ж", "ш", "ы", "Я", "ё", "п"],
        ["α", "β", "Ω", "λ"],
        ["א", "ב", "ש", "ל", "ו", "ם"],
        ["中", "文", "挪", "威", "合", "作"],
        ["🌍", "🐟", "✓", "★"],
    ];

    /// <summary>The alphabets of letters only (no digits, symbols or emoji): what right-to-left words are mixed with.</summary>
    private static readonly int[] Letters = [2, 3, 4, 5, 6];

    /// <summary>A word in one alphabet: mixing scripts inside a word would test bidi subtleties, not the renderer.</summary>
    private static Gen<string> WordFrom(int[] alphabets) =>
        Gen.Int[0, alphabets.Length - 1].Select(i => Alphabets[alphabets[i]])
            .SelectMany(a => Gen.Int[0, a.Length - 1].Select(i => a[i]).Array[1, 12].Select(string.Concat));

    /// <summary>
    /// A field of words. pdftotext is not a full bidi implementation: it attaches symbols and emoji
    /// next to a right-to-left word to that word and reverses them, so a field holds either
    /// right-to-left words among letters, or every alphabet but Hebrew.
    /// </summary>
    private static readonly Gen<string> Field =
        Gen.Bool.SelectMany(rtl => WordFrom(rtl ? Letters : [0, 1, 2, 3, 4, 6, 7]).Array[1, 14])
            .Select(words => string.Join(' ', words));

    private static readonly Gen<Dictionary<string, object>> Brief =
        Gen.Select(Field, Field.Array[1, 3], Field.Array[0, 6], Field.Array[0, 4], (title, pillars, risks, recommendations) => new Dictionary<string, object>
        {
            ["title"] = title,
            ["date"] = "2026-10-05",
            ["classification"] = "RESTRICTED",
            ["summary"] = "Summary.",
            ["pillars"] = pillars.Select(p => new Dictionary<string, object> { ["name"] = p, ["commitments"] = new[] { p } }).ToArray(),
            ["risks"] = risks.Select((r, i) => new Dictionary<string, object> { ["title"] = r, ["likelihood"] = 1 + (i % 5), ["impact"] = 5 - (i % 5), ["mitigation"] = r, ["owner"] = r }).ToArray(),
            ["recommendations"] = recommendations,
        });

    [Fact]
    public void Any_brief_of_words_from_many_scripts_renders_clean_and_loses_nothing()
    {
        using var output = new PdfOutput();
        var number = 0;
        Brief.Sample(brief =>
        {
            var data = output.WriteData($"brief{++number}.json", JsonSerializer.Serialize(brief));
            var pdf = output.RenderData(data, out var document);
            var problems = PdfAudit.Problems(pdf);
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
            var text = new ReadingOrder(PdfTools.Text(pdf));
            var lost = ModelText.Pieces(document).Where(p => !text.Contains(p)).ToList();
            Assert.True(lost.Count == 0, "not found:\n" + string.Join("\n", lost));
        }, iter: 12, threads: 1);
    }
}
