using BriefingGen.Engine;
using BriefingGen.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BriefingGen.Word.Tests;

/// <summary>Renders data through the shipped pack to .docx bytes, and checks files the way Word's own validator does.</summary>
internal static class WordOutput
{
    /// <summary>Renders <paramref name="dataPath"/> with the policy-brief pack (or <paramref name="pack"/>) and returns the .docx bytes.</summary>
    public static byte[] Render(string dataPath, string? pack = null)
    {
        var result = TestEngines.Load(pack ?? RepositoryPaths.PolicyBriefPack, new WordRenderer()).Render(DataSource.FromFile(dataPath), "docx");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Outputs.Single().Bytes.ToArray();
    }

    /// <summary>Every schema and semantic error OpenXmlValidator (Office 2019 rules) finds, one line each.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>Renders a document built by hand, with the policy-brief pack's stylesheet and components.</summary>
    public static byte[] Render(Model.Document document, string? referenceDoc = null)
    {
        using var stream = new MemoryStream();
        new WordRenderer().Render(ModelSamples.Input(document) with { ReferenceDocPath = referenceDoc }, stream);
        return stream.ToArray();
    }

    /// <summary>Opens the bytes as a Word document for reading.</summary>
    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
}
