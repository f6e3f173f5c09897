using BriefingGen.Word.Binding;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Reading;

/// <summary>One content control as found in a paper: how it names its field and what it shows now.</summary>
/// <param name="Element">The control.</param>
/// <param name="Tag">Its tag, the data path, if an editor kept it.</param>
/// <param name="Alias">Its title.</param>
/// <param name="Position">The field its binding names, or 0 when it is not bound to ours.</param>
/// <param name="Text">What it shows, as plain text; empty while it shows its placeholder.</param>
internal sealed record Control(SdtElement Element, string? Tag, string? Alias, int Position, string Text)
{
    /// <summary>For a drop-down list: the value of the item it shows, or null.</summary>
    public string? Choice { get; init; }

    /// <summary>Where the control stands: the body, a header or footer, or a note.</summary>
    public ControlStory Story { get; init; }

    /// <summary>For a date picker: the date it holds.</summary>
    public DateTime? FullDate { get; init; }

    /// <summary>Reads <paramref name="sdt"/>.</summary>
    public static Control Of(SdtElement sdt)
    {
        var properties = sdt.SdtProperties;
        var content = sdt.ChildElements.FirstOrDefault(c => c.LocalName == "sdtContent");
        var text = properties?.GetFirstChild<ShowingPlaceholder>() is not null || content is null ? "" : WordMarkdown.PlainText(content);
        var binding = properties?.GetFirstChild<DataBinding>();
        var items = properties?.GetFirstChild<SdtContentDropDownList>()?.Elements<ListItem>()
            ?? properties?.GetFirstChild<SdtContentComboBox>()?.Elements<ListItem>();
        return new Control(
            sdt,
            properties?.GetFirstChild<Tag>()?.Val?.Value,
            properties?.GetFirstChild<SdtAlias>()?.Val?.Value,
            PaperPart.PositionOf(binding?.XPath?.Value),
            text)
        {
            Choice = items?.FirstOrDefault(i => i.DisplayText?.Value == text.Trim())?.Value?.Value,
            FullDate = properties?.GetFirstChild<SdtContentDate>()?.FullDate?.Value,
        };
    }
}
