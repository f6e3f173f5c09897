using System.Globalization;
using System.Text.RegularExpressions;
using BriefingGen.Engine;
using BriefingGen.Pdf;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Testing;
using BriefingGen.Word;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BriefingGen.Components.Tests.Support;

/// <summary>One paper rendered through the policy-brief pack to Word and PDF, with ways to read both back.</summary>
internal sealed partial class BriefOutputs : IDisposable
{
    private static readonly BriefingEngine Engine = TestEngines.Load(RepositoryPaths.PolicyBriefPack, new WordRenderer(), new PdfRenderer());
    private readonly TempFolder _folder = new();
    private readonly MemoryStream _docx;

    private BriefOutputs(BriefingResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Result = result;
        _docx = new MemoryStream(result.Outputs.Single(o => o.Format == "docx").Bytes.ToArray());
        Word = WordprocessingDocument.Open(_docx, false);
        Pdf = _folder.Write("paper.pdf", "");
        File.WriteAllBytes(Pdf, result.Outputs.Single(o => o.Format == "pdf").Bytes.ToArray());
    }

    /// <summary>The result, with the composed document.</summary>
    public BriefingResult Result { get; }

    /// <summary>The Word document, open for reading.</summary>
    public WordprocessingDocument Word { get; }

    /// <summary>The PDF's path.</summary>
    public string Pdf { get; }

    /// <summary>The Word body's tables.</summary>
    public IEnumerable<DocumentFormat.OpenXml.Wordprocessing.Table> WordTables => Word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>();

    /// <summary>Renders the data in <paramref name="yaml"/>.</summary>
    public static BriefOutputs Of(string yaml)
    {
        using var folder = new TempFolder();
        return new BriefOutputs(Engine.Render(DataSource.FromFile(folder.Write("brief.yaml", yaml)), "docx", "pdf"));
    }

    /// <summary>Renders the pack's sample.</summary>
    public static BriefOutputs Sample() => new(Engine.Render(DataSource.FromFile(RepositoryPaths.Sample), "docx", "pdf"));

    /// <summary>The text of each PDF page, as poppler reads it, with no-break spaces read as spaces.</summary>
    public IReadOnlyList<string> PdfPages() =>
        PdfTools.Text(Pdf).Replace('\u00A0', ' ').Replace('\u2007', ' ').Split('\f');

    /// <summary>Every word poppler finds in the PDF, with its page (1-based) and box.</summary>
    public IReadOnlyList<PdfWord> PdfWords()
    {
        var words = new List<PdfWord>();
        var page = 0;
        foreach (var line in PdfTools.Run("pdftotext", "-bbox", "-enc", "UTF-8", Pdf, "-").Output.Split('\n'))
        {
            if (line.TrimStart().StartsWith("<page ", StringComparison.Ordinal))
            {
                page++;
            }
            else if (WordTag().Match(line) is { Success: true } m)
            {
                double At(string name) => double.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
                words.Add(new PdfWord(page, System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value), At("x0"), At("y0"), At("x1")));
            }
        }

        return words;
    }

    /// <summary>Every error OpenXmlValidator finds.</summary>
    public IReadOnlyList<string> WordErrors() =>
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(Word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

    /// <inheritdoc />
    public void Dispose()
    {
        Word.Dispose();
        _docx.Dispose();
        _folder.Dispose();
    }

    [GeneratedRegex("<word xMin=\"(?<x0>[0-9.]+)\" yMin=\"(?<y0>[0-9.]+)\" xMax=\"(?<x1>[0-9.]+)\" yMax=\"[0-9.]+\">(?<text>.*)</word>")]
    private static partial Regex WordTag();
}
