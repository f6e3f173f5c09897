using System.Text;
using BriefingGen.Pdf.Tests.Support;

namespace BriefingGen.Pdf.Tests.Writing;

/// <summary>
/// The sample's file structure (ISO 32000-1 §7.5): PDF 1.7, dictionaries in compressed object
/// streams, a cross-reference stream in place of the table, the XMP metadata left readable.
/// </summary>
public sealed class FileStructureTests(SamplePdf sample) : IClassFixture<SamplePdf>
{
    [Fact]
    public void The_sample_keeps_its_dictionaries_in_object_streams_and_passes_qpdf_check()
    {
        var check = PdfTools.Run("qpdf", "--check", sample.Path);
        Assert.True(check.Exit == 0, check.Output + check.Error);
        Assert.Contains("No syntax or stream encoding errors found", check.Output, StringComparison.Ordinal);

        var xref = PdfTools.Run("qpdf", "--show-xref", sample.Path).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var compressed = xref.Count(line => line.Contains(": compressed;", StringComparison.Ordinal));
        var inFile = xref.Count(line => line.Contains(": uncompressed;", StringComparison.Ordinal));
        // Only streams stand alone: page contents, font programs and CMaps, metadata, the object and xref streams.
        Assert.InRange(inFile, 5, 20);
        Assert.True(compressed > 10 * inFile, $"{compressed} objects in object streams, {inFile} outside");

        var objects = PdfObjects.Read(sample.Path);
        Assert.Contains(objects.Dictionaries, d => PdfObjects.Name(d, "/Type") == "/ObjStm");
        Assert.Contains("compressed", xref.Single(line => line.StartsWith(Number(objects, "/Root") + "/0:", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_words_is_one_text_object_not_one_per_word()
    {
        var content = PdfTools.Uncompressed(sample.Path);
        var textObjects = content.Split('\n').Count(line => line == "BT");
        var words = PdfTools.Text(sample.Path).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        // Every word of a line shares its text object, so there are several words to each one.
        Assert.True(words > 4 * textObjects, $"{textObjects} text objects for {words} words");
    }

    [Fact]
    public void The_tagged_sample_stays_under_45_KB()
    {
        var size = new FileInfo(sample.Path).Length;
        Assert.True(size <= 45 * 1024, $"the sample PDF is {size} bytes");
    }

    [Fact]
    public void The_sample_ends_with_a_cross_reference_stream_not_a_table()
    {
        var trailer = PdfObjects.Read(sample.Path).Trailer;
        Assert.Equal("/XRef", PdfObjects.Name(trailer, "/Type"));
        Assert.Equal("/FlateDecode", PdfObjects.Name(trailer, "/Filter"));
        Assert.Equal(2, trailer.GetProperty("/ID").GetArrayLength());
        Assert.True(trailer.TryGetProperty("/Info", out _));

        var text = Encoding.Latin1.GetString(File.ReadAllBytes(sample.Path));
        Assert.StartsWith("%PDF-1.7\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nxref\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("trailer", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_XMP_metadata_is_a_plain_stream_outside_the_object_streams()
    {
        var metadata = PdfObjects.Read(sample.Path).Dictionaries.Single(d => PdfObjects.Name(d, "/Type") == "/Metadata");
        Assert.False(metadata.TryGetProperty("/Filter", out _));
        Assert.Contains("<x:xmpmeta", Encoding.UTF8.GetString(File.ReadAllBytes(sample.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_structure_tree_reads_back_from_the_object_streams()
    {
        var objects = PdfObjects.Read(sample.Path);
        Assert.True(objects.Catalog.TryGetProperty("/StructTreeRoot", out _));
        Assert.Contains(objects.Dictionaries, d => PdfObjects.Name(d, "/Type") == "/StructTreeRoot");
        Assert.True(objects.Dictionaries.Count(d => PdfObjects.Name(d, "/Type") == "/StructElem") > 100);
    }

    private static string Number(PdfObjects objects, string key) => objects.Trailer.GetProperty(key).GetString()!.Split(' ')[0];
}
