using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using O = DocumentFormat.OpenXml.Vml.Office;
using V = DocumentFormat.OpenXml.Vml;
using W10 = DocumentFormat.OpenXml.Vml.Wordprocessing;

namespace BriefingGen.Word.Sections;

/// <summary>
/// The status watermark (DRAFT, FOR DISCUSSION) as Word makes it with Design → Watermark: a
/// WordArt text shape in the header, named <c>PowerPlusWaterMarkObject…</c> so Word lists it as the
/// document's watermark and can change or remove it, set behind the text and centred on the
/// margins. It runs along the page's diagonal, as the PDF draws it.
/// </summary>
internal static class WatermarkShape
{
    /// <summary>Word's preset for text along a straight path ("Plain Text" WordArt).</summary>
    private const string TextPathType = "_x0000_t136";

    /// <summary>How much of the page's diagonal the word spans, as in the PDF.</summary>
    private const double DiagonalShare = 0.62;

    /// <summary>A run holding the watermark <paramref name="text"/> for a page of <paramref name="layout"/>, in the <paramref name="font"/> and <paramref name="color"/> given.</summary>
    public static Run Run(string text, Model.PageLayout layout, string font, string color, string language)
    {
        var word = Typography.CultureCasing.Of(language).ToUpper(text);
        var widthPt = layout.WidthMm * 72 / 25.4;
        var heightPt = layout.HeightMm * 72 / 25.4;
        var diagonal = Math.Sqrt((widthPt * widthPt) + (heightPt * heightPt));

        // The shape's box sets the word's size: a capital in a bold sans face is about 0.62 em wide.
        var length = Math.Min(diagonal * DiagonalShare, word.Length * 0.62 * 150);
        var height = length / (word.Length * 0.62) * 0.68;
        var rotation = 360 - (Math.Atan2(heightPt, widthPt) * 180 / Math.PI);
        var style = string.Create(CultureInfo.InvariantCulture,
            $"position:absolute;margin-left:0;margin-top:0;width:{length:0.#}pt;height:{height:0.#}pt;rotation:{rotation:0.#};z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin");

        var shape = new V.Shape(
            new V.Fill { Opacity = "1" },
            new V.TextPath { Style = $"font-family:\"{font}\";font-size:1pt;font-weight:bold", String = word },
            new W10.TextWrap { AnchorX = W10.HorizontalAnchorValues.Margin, AnchorY = W10.VerticalAnchorValues.Margin })
        {
            Id = "PowerPlusWaterMarkObject1",
            Type = "#" + TextPathType,
            Style = style,
            FillColor = "#" + color,
            Stroked = false,
            AllowInCell = false,
        };

        return new Run(new RunProperties(new NoProof()), new Picture(TextPathShapeType(), shape));
    }

    /// <summary>Word's definition of the WordArt shape the watermark uses, as Word itself writes it.</summary>
    private static V.Shapetype TextPathShapeType()
    {
        string[] equations =
        [
            "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0", "if @0 21600 @1",
            "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5",
        ];
        return new V.Shapetype(
            new V.Formulas(equations.Select(e => new V.Formula { Equation = e })),
            new V.Path { AllowTextPath = true, ConnectionPointType = O.ConnectValues.Custom, ConnectionPoints = "@9,0;@10,10800;@11,21600;@12,10800", ConnectAngles = "270,180,90,0" },
            new V.TextPath { On = true, FitShape = true },
            new V.ShapeHandles(new V.ShapeHandle { Position = "#0,bottomRight", XRange = "6629,14971" }),
            new O.Lock { Extension = V.ExtensionHandlingBehaviorValues.Edit, TextLock = true, ShapeType = true })
        {
            Id = TextPathType,
            CoordinateSize = "21600,21600",
            OptionalNumber = 136,
            Adjustment = "10800",
            EdgePath = "m@7,l@8,m@5,21600l@6,21600e",
        };
    }
}
