using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// A tracked change as Word's own revision: an insertion's runs inside <c>w:ins</c>, a deletion's
/// inside <c>w:del</c> with their text as <c>w:delText</c>, credited to the change's author and
/// dated, so the reader can accept or reject each one in Word's Review tab.
/// </summary>
internal sealed class TrackedChangeRenderer : WordInlineRenderer<TrackedChange>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(TrackedChange inline, WordRenderContext context, RunFormat format)
    {
        var runs = context.RenderInlines(inline.Content, format).ToList();
        var id = context.NextRevisionId().ToString(CultureInfo.InvariantCulture);
        var date = inline.Date is { } written && IsoDate.TryParse(written, out var day)
            ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            : (DateTime?)null;
        if (inline.Kind == TrackedChangeKind.Inserted)
        {
            var inserted = new InsertedRun(runs) { Id = id, Author = inline.Author };
            if (date is { } when)
            {
                inserted.Date = when;
            }

            return [inserted];
        }

        foreach (var text in runs.SelectMany(r => r.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()).ToList())
        {
            text.InsertBeforeSelf(new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve });
            text.Remove();
        }

        var deleted = new DeletedRun(runs) { Id = id, Author = inline.Author };
        if (date is { } deletedWhen)
        {
            deleted.Date = deletedWhen;
        }

        return [deleted];
    }
}
