using System.Text;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Pdf.Writing;
using BriefingGen.Pdf.Writing.Objects;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests.Writing;

/// <summary>Small files made with the file writer alone, read back by qpdf and poppler.</summary>
public sealed class PdfFileWriterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Strings_and_names_with_odd_characters_read_back_as_written()
    {
        var title = "Policy (draft) \\ “quoted” – 50% €";
        var author = "Ингрид Хауген 😀";
        var pdf = Write((writer, catalog, info) =>
        {
            info["Title"] = PdfString.Text(title);
            info["Author"] = PdfString.Text(author);
            info["Subject"] = PdfString.Text("line one\nline two\r(3)");
            catalog["Odd Name#1"] = PdfName.Of("Value/(x)");
        });

        Assert.Equal(0, PdfTools.Run("qpdf", "--check", pdf).Exit);
        var fields = PdfTools.Info(pdf);
        Assert.Equal(title, fields["Title"]);
        Assert.Equal(author, fields["Author"]);
        Assert.Equal("1", fields["Pages"]);
        Assert.Equal("line one\nline two\r(3)", Subject(pdf));
        var catalog = PdfObjects.Read(pdf).Catalog;
        // qpdf's JSON gives names decoded.
        Assert.Equal("/Value/(x)", PdfObjects.Name(catalog, "/Odd Name#1"));
    }

    [Fact]
    public void Objects_past_32_KiB_go_to_another_object_stream_and_every_one_is_found()
    {
        var pdf = Write((writer, catalog, info) =>
        {
            var list = new PdfArray();
            for (var i = 0; i < 2000; i++)
            {
                var item = writer.Reserve();
                writer.Write(item, new PdfDictionary { ["Index"] = i, ["Text"] = PdfString.Text($"item {i}") });
                list.Add(item);
            }

            catalog["Items"] = list;
        });

        Assert.Equal(0, PdfTools.Run("qpdf", "--check", pdf).Exit);
        var objects = PdfObjects.Read(pdf);
        Assert.True(objects.Dictionaries.Count(d => PdfObjects.Name(d, "/Type") == "/ObjStm") >= 2);
        var indexes = objects.Dictionaries.Where(d => d.TryGetProperty("/Index", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number)
            .Select(d => d.GetProperty("/Index").GetInt32()).Order();
        Assert.Equal(Enumerable.Range(0, 2000), indexes);
    }

    [Fact]
    public void Stream_lengths_are_exact_and_the_metadata_stays_uncompressed()
    {
        var xml = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"u8.ToArray();
        var pdf = Write((writer, catalog, info) =>
        {
            var metadata = writer.Reserve();
            writer.WriteStream(metadata, new PdfDictionary { ["Type"] = PdfName.Of("Metadata"), ["Subtype"] = PdfName.Of("XML") }, xml, compress: false);
            catalog["Metadata"] = metadata;
        });

        Assert.Equal(0, PdfTools.Run("qpdf", "--check", pdf).Exit);
        var bytes = File.ReadAllBytes(pdf);
        var header = $"<</Type/Metadata/Subtype/XML/Length {xml.Length}>>\nstream\n";
        var start = Encoding.Latin1.GetString(bytes).IndexOf(header, StringComparison.Ordinal) + header.Length;
        Assert.True(start > header.Length);
        Assert.Equal([.. xml, .. "\nendstream"u8], bytes.AsSpan(start, xml.Length + 10).ToArray());
    }

    [Fact]
    public void A_reserved_object_never_written_is_an_error()
    {
        using var writer = new PdfFileWriter();
        var root = writer.Reserve();
        writer.Reserve();
        writer.Write(root, new PdfDictionary { ["Type"] = PdfName.Of("Catalog") });
        Assert.Throws<InvalidOperationException>(() => writer.Finish(Stream.Null, root, root));
    }

    [Fact]
    public void An_object_in_an_object_stream_cannot_be_a_bare_reference()
    {
        using var writer = new PdfFileWriter();
        var a = writer.Reserve();
        Assert.Throws<ArgumentException>(() => writer.Write(a, new PdfReference(1)));
    }

    [Fact]
    public void Cross_reference_rows_are_as_wide_as_their_largest_value_and_stored_as_differences()
    {
        CrossReferenceEntry[] entries = [CrossReferenceEntry.Head, CrossReferenceEntry.InFile(15), CrossReferenceEntry.InStream(3, 0), CrossReferenceEntry.InStream(3, 1)];
        var (widths, decodeParms, data) = CrossReferenceStream.Encode(entries);
        Assert.Equal("[1 1 2]", widths.ToString());
        Assert.Equal("<</Columns 4/Predictor 12>>", decodeParms.ToString());
        byte[] expected =
        [
            2, 0, 0, 0xFF, 0xFF,
            2, 1, 15, 0x01, 0x01,
            2, 1, 0xF4, 0x00, 0x00,
            2, 0, 0, 0x00, 0x01,
        ];
        Assert.Equal(expected, data);
    }

    /// <summary>A one-page file with an empty page; <paramref name="extra"/> adds to the catalog and Info dictionary.</summary>
    private string Write(Action<PdfFileWriter, PdfDictionary, PdfDictionary> extra)
    {
        using var writer = new PdfFileWriter();
        var catalogReference = writer.Reserve();
        var pages = writer.Reserve();
        var page = writer.Reserve();
        var content = writer.Reserve();
        var infoReference = writer.Reserve();
        writer.WriteStream(content, new PdfDictionary(), "0 0 1 rg 10 10 50 50 re f\n"u8, compress: true);
        writer.Write(page, new PdfDictionary
        {
            ["Type"] = PdfName.Of("Page"),
            ["Parent"] = pages,
            ["MediaBox"] = new PdfArray { 0, 0, 200.5, 100 },
            ["Contents"] = content,
        });
        writer.Write(pages, new PdfDictionary { ["Type"] = PdfName.Of("Pages"), ["Kids"] = new PdfArray { page }, ["Count"] = 1 });
        var catalog = new PdfDictionary { ["Type"] = PdfName.Of("Catalog"), ["Pages"] = pages };
        var info = new PdfDictionary();
        extra(writer, catalog, info);
        writer.Write(catalogReference, catalog);
        writer.Write(infoReference, info);
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".pdf");
        using (var file = File.Create(path))
        {
            writer.Finish(file, catalogReference, infoReference);
        }

        return path;
    }

    private static string Subject(string pdf)
    {
        var json = PdfTools.Run("qpdf", "--json=2", "--json-key=qpdf", pdf).Output;
        using var document = System.Text.Json.JsonDocument.Parse(json);
        foreach (var entry in document.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            if (entry.Value.TryGetProperty("value", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.Object && value.TryGetProperty("/Subject", out var subject))
            {
                return PdfObjects.Text(subject);
            }
        }

        return "";
    }
}
