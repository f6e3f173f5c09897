using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Tests;

/// <summary>Every .docx we make passes the Open XML SDK's validator (Office 2019 rules) with zero errors.</summary>
public class ValidationTests
{
    public static TheoryData<string> DataFiles()
    {
        var data = new TheoryData<string> { RepositoryPaths.Sample };
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(RepositoryPaths.Root, "tests", "BriefingGen.Tests", "Cases")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.Combine(dir, "data.yaml"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Every_document_passes_OpenXmlValidator_with_zero_errors(string dataFile)
    {
        var errors = WordOutput.ValidationErrors(WordOutput.Render(dataFile));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_validator_really_checks_our_files()
    {
        // A check that could never fail proves nothing: break a document on purpose and expect errors.
        var bytes = WordOutput.Render(RepositoryPaths.Sample);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var properties = document.MainDocumentPart!.Document!.Body!.Descendants<ParagraphProperties>().First();
            properties.Append(new ParagraphStyleId { Val = "Duplicate" }); // pStyle after other children: a schema error
        }

        Assert.NotEmpty(WordOutput.ValidationErrors(stream.ToArray()));
    }
}
