using System.Globalization;
using BriefingGen.Model;
using Markdig.Renderers.Html;

namespace BriefingGen.Markup;

/// <summary>
/// The attributes a picture may carry after it, <c>![Logo](logo.png){height=14mm align=left}</c>:
/// the height it prints at (mm, cm, in or pt) and where it stands across the text width. Anything
/// else is an error, so a misspelt attribute is not silently ignored, and so is an attribute given
/// twice, whose two values could not both be meant.
/// </summary>
internal static class FigureAttributes
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>The height in points (or null) and the alignment; <paramref name="error"/> says what was wrong, if anything.</summary>
    public static (double? Height, FigureAlignment Alignment) Read(HtmlAttributes? attributes, out string? error)
    {
        error = null;
        double? height = null;
        var alignment = FigureAlignment.Center;
        if (attributes is null)
        {
            return (height, alignment);
        }

        if (attributes.Id is not null || attributes.Classes is { Count: > 0 })
        {
            error = "a picture takes no id or class; write {height=14mm align=left}";
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in attributes.Properties ?? [])
        {
            if (!given.Add(key))
            {
                // Which of two values was meant cannot be known; taking either would be a guess.
                error = $"'{key}' is given twice; give each attribute once";
                continue;
            }

            switch (key)
            {
                case "height":
                    height = Length(value ?? "");
                    if (height is null)
                    {
                        error = $"height must be a length from 1 mm to 250 mm such as 14mm, 1.5cm, 0.6in or 40pt, not \"{value}\"";
                    }

                    break;
                case "align":
                    (alignment, error) = value switch
                    {
                        "left" => (FigureAlignment.Left, error),
                        "center" or "centre" => (FigureAlignment.Center, error),
                        "right" => (FigureAlignment.Right, error),
                        _ => (alignment, $"align must be left, center or right, not \"{value}\""),
                    };
                    break;
                default:
                    error = $"a picture has no attribute '{key}'; it knows height and align";
                    break;
            }
        }

        return (height, alignment);
    }

    /// <summary>A length in points, or null when it is malformed or outside 1–250 mm.</summary>
    private static double? Length(string text)
    {
        var unit = text.TrimStart("0123456789.".ToCharArray());
        var number = text[..(text.Length - unit.Length)];
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        double? points = unit switch
        {
            "mm" => value * PointsPerMillimetre,
            "cm" => value * 10 * PointsPerMillimetre,
            "in" => value * 72,
            "pt" => value,
            _ => null,
        };
        return points is >= PointsPerMillimetre and <= 250 * PointsPerMillimetre ? points : null;
    }
}
