using System.Text;
using System.Xml;
using System.Xml.Linq;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Word.Binding;
using CsCheck;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>Any data survives the part: keys and text XML cannot hold, quotes, brackets, line breaks.</summary>
public class DataTreeXmlTests
{
    private static readonly SourceLocation Here = SourceLocation.OfFile("test");

    [Fact]
    public void Hostile_keys_and_values_come_back_exactly()
    {
        var hostile = new[] { "a\"b'c", "]]>", "<x/>", "tab\there", "cr\r\nlf", "\u0001\u0002", "\uFFFE", "back\\slash\\u0041", " ", "", "\uD800", "emoji 🙂" };
        var map = new DataMap(Here, hostile.Select((k, i) => new DataMapEntry(k, Here, new DataScalar(Here, hostile[(i + 3) % hostile.Length], ScalarKind.String))).ToList());
        var root = new DataList(Here, [map, new DataScalar(Here, "007", ScalarKind.Integer), new DataScalar(Here, "~", ScalarKind.Null), new DataList(Here, [])]);
        AssertRoundTrip(root);
    }

    [Fact]
    public void Any_text_as_key_or_value_round_trips()
    {
        Gen.String[Gen.Char, 0, 40].Array[0, 6].Sample(texts =>
        {
            var entries = texts.Distinct(StringComparer.Ordinal).Select(t => new DataMapEntry(t, Here, new DataScalar(Here, t, ScalarKind.String))).ToList();
            AssertRoundTrip(new DataMap(Here, entries));
        });
    }

    private static void AssertRoundTrip(DataNode root)
    {
        var sb = new StringBuilder();
        using (var writer = XmlWriter.Create(sb, PartXmlSettings.Fragment))
        {
            DataTreeXml.Write(writer, root);
        }

        var element = XElement.Parse(sb.ToString(), LoadOptions.PreserveWhitespace);
        var back = DataTreeXml.Read(element, Here, 64, out var error);
        Assert.True(back is not null, error);
        Assert.Equal(root, back);
        Assert.Equal(Flatten(root), Flatten(back!));
    }

    /// <summary>Every key and scalar text in order: equality alone would let 1.0 stand for 1.</summary>
    private static string Flatten(DataNode node) => node switch
    {
        DataMap map => "{" + string.Join(",", map.Entries.Select(e => e.Key + ":" + Flatten(e.Value))) + "}",
        DataList list => "[" + string.Join(",", list.Items.Select(Flatten)) + "]",
        DataScalar scalar => scalar.Kind + "=" + scalar.Text,
        _ => "",
    };
}
