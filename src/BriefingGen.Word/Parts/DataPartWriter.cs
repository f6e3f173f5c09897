using System.Xml;
using BriefingGen.Word.Binding;
using DocumentFormat.OpenXml.CustomXmlDataProperties;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingGen.Word.Parts;

/// <summary>
/// Writes the custom XML part a paper carries its data in (see <see cref="PaperPart"/>), with the
/// properties part that gives it its store item id, which the bound controls name. Relationship
/// ids and the item id are fixed or derived from the data, so the package stays reproducible.
/// </summary>
internal static class DataPartWriter
{
    /// <summary>Adds the part to <paramref name="main"/>.</summary>
    public static void Write(MainDocumentPart main, FieldBinder binder)
    {
        var part = main.AddCustomXmlPart(CustomXmlPartType.CustomXml, "rIdData");
        using (var stream = part.GetStream(FileMode.Create))
        using (var writer = XmlWriter.Create(stream, PartXmlSettings.Document))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(PaperPart.Root, PaperPart.Namespace);
            writer.WriteAttributeString("pack", binder.Source.Pack);
            writer.WriteAttributeString("version", binder.Source.Version);
            writer.WriteStartElement(PaperPart.Data, PaperPart.Namespace);
            writer.WriteRaw(binder.DataXml);
            writer.WriteEndElement();
            writer.WriteStartElement(PaperPart.Fields, PaperPart.Namespace);
            foreach (var field in binder.Fields)
            {
                writer.WriteStartElement(PaperPart.Field, PaperPart.Namespace);
                writer.WriteAttributeString("path", field.Path);
                writer.WriteAttributeString("label", field.Label);
                writer.WriteAttributeString("form", field.Form.ToString().ToLowerInvariant());
                if (field.Form != FieldForm.Markdown)
                {
                    // What the bound controls showed when the paper was made: an element that
                    // still holds it was not edited.
                    writer.WriteAttributeString("printed", field.Value);
                }

                if (field.DatePattern is not null)
                {
                    writer.WriteAttributeString("pattern", field.DatePattern);
                    writer.WriteAttributeString("culture", field.Culture);
                }

                writer.WriteElementString(PaperPart.Value, PaperPart.Namespace, field.Value);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteElementString(PaperPart.UnboundOrder, PaperPart.Namespace, Positions(binder.UnboundOrder));
            writer.WriteElementString(PaperPart.FurnitureOrder, PaperPart.Namespace, Positions(binder.FurnitureOrder));
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        var properties = part.AddNewPart<CustomXmlPropertiesPart>("rIdDataProperties");
        properties.DataStoreItem = new DataStoreItem(new SchemaReferences(new SchemaReference { Uri = PaperPart.Namespace })) { ItemId = binder.StoreItemId };
    }

    private static string Positions(IEnumerable<int> positions) =>
        string.Join(' ', positions.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
