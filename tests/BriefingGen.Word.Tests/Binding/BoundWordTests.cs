using System.Xml.XPath;
using BriefingGen.Data;
using BriefingGen.Model;
using BriefingGen.Testing;
using BriefingGen.Word.Binding;
using DocumentFormat.OpenXml.Wordprocessing;
using ListItem = DocumentFormat.OpenXml.Wordprocessing.ListItem;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>A generated paper carries its data, and every value a template wrote from it sits in a control tagged with its path.</summary>
public class BoundWordTests
{
    [Fact]
    public void Every_text_written_from_data_is_inside_a_control_tagged_with_its_data_path()
    {
        var (document, docx) = BoundPapers.Sample();
        var data = BoundPapers.SampleData();
        using var word = WordOutput.Open(docx);
        var shown = BoundPapers.Controls(word).GroupBy(BoundPapers.Tag).ToDictionary(g => g.Key ?? "", g => string.Join("\n", g.Select(BoundPapers.Text)));
        var texts = document.Sections.SelectMany(ModelWalker.DescendantsAndSelf).OfType<Model.Text>().Where(t => t.Origin is not null).ToList();
        Assert.True(texts.Count > 100, "the sample writes many values");
        foreach (var text in texts)
        {
            Assert.True(shown.TryGetValue(text.Origin!.Path, out var inControls), $"no control tagged {text.Origin.Path}");
            Assert.Contains(text.Value, inControls, StringComparison.Ordinal);
        }

        foreach (var tag in shown.Keys)
        {
            Assert.True(DataPath.TryParse(tag, out var path) && DataPath.Find(data, path) is not null, $"the tag '{tag}' is not a path into the data");
        }
    }

    [Fact]
    public void Every_risk_id_in_the_risk_matrix_is_inside_a_control_tagged_with_its_id()
    {
        var (_, docx) = BoundPapers.Sample();
        var data = (DataMap)BoundPapers.SampleData();
        using var word = WordOutput.Open(docx);
        var risks = ((DataList)data["risks"]!).Items.Cast<DataMap>().Select(r => ((DataScalar)r["id"]!).Text).ToList();
        var cellStyle = WordRenderContext.StyleOf(Components.RiskMatrix.RiskMatrixExtension.CellRole);
        var cells = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == cellStyle).ToList();

        var inControls = cells.SelectMany(c => c.Descendants<SdtElement>()).Select(c => (Tag: BoundPapers.Tag(c), Text: BoundPapers.Text(c))).ToList();

        Assert.Equal(risks.Count, inControls.Count);
        for (var i = 0; i < risks.Count; i++)
        {
            Assert.Contains(($"risks[{i}].id", risks[i]), inControls);
        }
    }

    [Fact]
    public void Bound_controls_name_a_field_of_the_part_that_holds_what_they_show()
    {
        var (_, docx) = BoundPapers.Sample();
        using var word = WordOutput.Open(docx);
        var part = BoundPapers.Part(word);
        var navigator = part.CreateNavigator();
        var names = new System.Xml.XmlNamespaceManager(navigator.NameTable);
        names.AddNamespace(PaperPart.Prefix, PaperPart.Namespace);
        var itemId = word.MainDocumentPart!.CustomXmlParts.Single().CustomXmlPropertiesPart!.DataStoreItem!.ItemId!.Value;
        var bound = BoundPapers.Controls(word).Where(c => c.SdtProperties?.GetFirstChild<DataBinding>() is not null).ToList();
        Assert.Contains(bound, c => c.SdtProperties!.GetFirstChild<SdtContentDropDownList>() is not null);
        Assert.Contains(bound, c => c.SdtProperties!.GetFirstChild<SdtContentDate>() is not null);
        Assert.Contains(bound, c => c.Ancestors<Header>().Any());
        foreach (var control in bound)
        {
            var binding = control.SdtProperties!.GetFirstChild<DataBinding>()!;
            Assert.Equal(itemId, binding.StoreItemId!.Value);
            var nodes = navigator.Select(binding.XPath!.Value!, names);
            Assert.Equal(1, nodes.Count);
            nodes.MoveNext();
            var value = nodes.Current!.Value;
            var list = control.SdtProperties.GetFirstChild<SdtContentDropDownList>();
            var expected = list is not null
                ? list.Elements<ListItem>().Single(i => i.Value!.Value == value).DisplayText!.Value
                : control.SdtProperties.GetFirstChild<SdtContentDate>() is not null
                    ? BoundPapers.Text(control) // a date shows its long form; its field holds YYYY-MM-DD
                    : value;
            Assert.Equal(expected, BoundPapers.Text(control));
        }
    }

    [Fact]
    public void The_part_carries_the_data_as_written_and_the_pack_is_named_in_the_properties()
    {
        var (_, docx) = BoundPapers.Sample();
        var extracted = BoundPapers.Extract(docx);
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Equal(YamlDataWriter.Write(BoundPapers.SampleData()), YamlDataWriter.Write(extracted.Data!));
        Assert.Equal("policy-brief", extracted.Pack);
        using var word = WordOutput.Open(docx);
        var properties = word.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>().ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        Assert.Equal("policy-brief", properties["BriefingGen pack"]);
        Assert.Equal("2.0", properties["BriefingGen pack version"]);
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes()
    {
        Assert.Equal(BoundPapers.Sample().Docx, BoundPapers.Sample().Docx);
    }

    [Fact]
    public void A_choice_is_a_drop_down_of_the_schemas_values_showing_the_packs_labels()
    {
        var (_, docx) = BoundPapers.Sample();
        using var word = WordOutput.Open(docx);
        var status = BoundPapers.Controls(word).First(c => BoundPapers.Tag(c) == "cooperation_areas[0].status");
        var items = status.SdtProperties!.GetFirstChild<SdtContentDropDownList>()!.Elements<ListItem>().Select(i => (i.Value!.Value!, i.DisplayText!.Value!)).ToList();
        Assert.Equal([("active", "Active"), ("reduced", "Reduced"), ("paused", "Paused"), ("suspended", "Suspended")], items);
        var likelihood = BoundPapers.Controls(word).First(c => BoundPapers.Tag(c) == "risks[1].likelihood");
        Assert.Equal(["1", "2", "3", "4", "5"], likelihood.SdtProperties!.GetFirstChild<SdtContentDropDownList>()!.Elements<ListItem>().Select(i => i.Value!.Value!));
        Assert.Equal("Risk R2 — likelihood", likelihood.SdtProperties.GetFirstChild<SdtAlias>()!.Val!.Value);
    }

    [Fact]
    public void A_value_showing_an_ampersand_a_less_than_sign_or_a_CDATA_end_is_in_a_plain_text_control_that_is_not_bound()
    {
        // LibreOffice's save would empty the data part if a bound control showed one of them.
        var yaml = File.ReadAllText(RepositoryPaths.Sample)
            .Replace("owner: Ministry of Defence", "owner: Defence & Security", StringComparison.Ordinal)
            .Replace("owner: Ministry of Foreign Affairs", "owner: Foreign Affairs <lead>", StringComparison.Ordinal)
            .Replace("owner: Ministry of Trade, Industry and Fisheries", "owner: \"Trade ]]> Fisheries\"", StringComparison.Ordinal)
            .Replace("classification: RESTRICTED", "classification: R&D RESTRICTED", StringComparison.Ordinal);
        var (_, docx) = BoundPapers.Render(Engine.DataSource.FromText(yaml, "brief.yaml"));
        using var word = WordOutput.Open(docx);
        var controls = BoundPapers.Controls(word).ToList();
        foreach (var path in new[] { "risks[0].owner", "risks[1].owner", "risks[2].owner", "classification" })
        {
            var shown = controls.Where(c => BoundPapers.Tag(c) == path).ToList();
            Assert.NotEmpty(shown);
            Assert.All(shown, c => Assert.Null(c.SdtProperties!.GetFirstChild<DataBinding>()));
            Assert.All(shown, c => Assert.NotNull(c.SdtProperties!.GetFirstChild<SdtContentText>()));
        }

        Assert.NotNull(controls.First(c => BoundPapers.Tag(c) == "risks[3].mitigation").SdtProperties!.GetFirstChild<DataBinding>());
        Assert.Empty(WordOutput.ValidationErrors(docx));
        var extracted = BoundPapers.Extract(BoundPapers.Edit(docx, "risks[0].owner", "Defence & Security Council"));
        Assert.True(extracted.Succeeded, string.Join("\n", extracted.Diagnostics));
        Assert.Equal("changed risks[0].owner: Defence & Security → Defence & Security Council", Assert.Single(DataDiff.Compare(extracted.Embedded!, extracted.Data!)).ToString());
    }
}
