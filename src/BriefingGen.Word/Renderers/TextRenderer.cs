using BriefingGen.Typography;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Text = BriefingGen.Model.Text;

namespace BriefingGen.Word.Renderers;

/// <summary>
/// Plain text as one run. Text in another language than the paper's carries it in the slot of its
/// script (w:lang's val, eastAsia or bidi), and right-to-left text is marked so, which is what
/// makes Word set it right to left and format it from the complex-script properties.
/// </summary>
internal sealed class TextRenderer : WordInlineRenderer<Text>
{
    /// <inheritdoc />
    protected override IEnumerable<OpenXmlElement> Write(Text inline, WordRenderContext context, RunFormat format)
    {
        var run = Runs.Create(inline.Value, format);
        var script = Scripts.FirstIn(inline.Value);
        var rightToLeft = Scripts.IsRightToLeft(script);
        if (inline.Language is null && !rightToLeft)
        {
            return [run];
        }

        var properties = run.RunProperties ?? run.PrependChild(new RunProperties());
        if (rightToLeft)
        {
            properties.Append(new RightToLeftText());
        }

        if (inline.Language is { } language)
        {
            properties.Append(Scripts.SlotOf(script) switch
            {
                FontSlot.EastAsian => new Languages { EastAsia = language },
                FontSlot.Complex => new Languages { Bidi = language },
                _ => new Languages { Val = language },
            });
        }

        return [run];
    }
}
