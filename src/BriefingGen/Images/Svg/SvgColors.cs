using System.Globalization;

namespace BriefingGen.Images.Svg;

/// <summary>
/// Colour values (SVG 1.1 §4.4, CSS 2 colours): <c>#rgb</c>, <c>#rrggbb</c>, <c>rgb(r, g, b)</c> in
/// numbers or percentages, and the named colours people write by hand.
/// </summary>
internal static class SvgColors
{
    private static readonly Dictionary<string, uint> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = 0x000000,
        ["white"] = 0xFFFFFF,
        ["red"] = 0xFF0000,
        ["green"] = 0x008000,
        ["blue"] = 0x0000FF,
        ["yellow"] = 0xFFFF00,
        ["cyan"] = 0x00FFFF,
        ["aqua"] = 0x00FFFF,
        ["magenta"] = 0xFF00FF,
        ["fuchsia"] = 0xFF00FF,
        ["gray"] = 0x808080,
        ["grey"] = 0x808080,
        ["silver"] = 0xC0C0C0,
        ["maroon"] = 0x800000,
        ["olive"] = 0x808000,
        ["lime"] = 0x00FF00,
        ["teal"] = 0x008080,
        ["navy"] = 0x000080,
        ["purple"] = 0x800080,
        ["orange"] = 0xFFA500,
        ["darkgray"] = 0xA9A9A9,
        ["darkgrey"] = 0xA9A9A9,
        ["lightgray"] = 0xD3D3D3,
        ["lightgrey"] = 0xD3D3D3,
        ["dimgray"] = 0x696969,
        ["dimgrey"] = 0x696969,
        ["gainsboro"] = 0xDCDCDC,
        ["whitesmoke"] = 0xF5F5F5,
        ["darkred"] = 0x8B0000,
        ["darkgreen"] = 0x006400,
        ["darkblue"] = 0x00008B,
        ["darkorange"] = 0xFF8C00,
        ["lightblue"] = 0xADD8E6,
        ["lightgreen"] = 0x90EE90,
        ["skyblue"] = 0x87CEEB,
        ["steelblue"] = 0x4682B4,
        ["royalblue"] = 0x4169E1,
        ["midnightblue"] = 0x191970,
        ["dodgerblue"] = 0x1E90FF,
        ["cornflowerblue"] = 0x6495ED,
        ["crimson"] = 0xDC143C,
        ["firebrick"] = 0xB22222,
        ["tomato"] = 0xFF6347,
        ["coral"] = 0xFF7F50,
        ["salmon"] = 0xFA8072,
        ["gold"] = 0xFFD700,
        ["goldenrod"] = 0xDAA520,
        ["khaki"] = 0xF0E68C,
        ["beige"] = 0xF5F5DC,
        ["ivory"] = 0xFFFFF0,
        ["brown"] = 0xA52A2A,
        ["chocolate"] = 0xD2691E,
        ["sienna"] = 0xA0522D,
        ["tan"] = 0xD2B48C,
        ["wheat"] = 0xF5DEB3,
        ["pink"] = 0xFFC0CB,
        ["hotpink"] = 0xFF69B4,
        ["violet"] = 0xEE82EE,
        ["indigo"] = 0x4B0082,
        ["orchid"] = 0xDA70D6,
        ["forestgreen"] = 0x228B22,
        ["seagreen"] = 0x2E8B57,
        ["olivedrab"] = 0x6B8E23,
        ["limegreen"] = 0x32CD32,
        ["turquoise"] = 0x40E0D0,
        ["slategray"] = 0x708090,
        ["slategrey"] = 0x708090,
        ["darkslategray"] = 0x2F4F4F,
        ["darkslategrey"] = 0x2F4F4F,
        ["lightslategray"] = 0x778899,
        ["aliceblue"] = 0xF0F8FF,
        ["linen"] = 0xFAF0E6,
    };

    /// <summary>
    /// Reads <paramref name="text"/> as a colour; <paramref name="current"/> is the <c>color</c>
    /// property, for <c>currentColor</c>. False when it is not a colour we know.
    /// </summary>
    public static bool TryParse(string text, (byte R, byte G, byte B) current, out (byte R, byte G, byte B) color)
    {
        var value = text.Trim();
        color = default;
        if (value.Equals("currentColor", StringComparison.OrdinalIgnoreCase))
        {
            color = current;
            return true;
        }

        if (value.StartsWith('#'))
        {
            var hex = value[1..];
            if (hex.Length == 3 && uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var short3))
            {
                color = ((byte)(((short3 >> 8) & 0xF) * 17), (byte)(((short3 >> 4) & 0xF) * 17), (byte)((short3 & 0xF) * 17));
                return true;
            }

            if (hex.Length == 6 && uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var full))
            {
                color = Split(full);
                return true;
            }

            return false;
        }

        if (value.StartsWith("rgb(", StringComparison.OrdinalIgnoreCase) && value.EndsWith(')'))
        {
            return TryRgb(value[4..^1], out color);
        }

        if (Named.TryGetValue(value, out var named))
        {
            color = Split(named);
            return true;
        }

        return false;
    }

    private static bool TryRgb(string arguments, out (byte R, byte G, byte B) color)
    {
        color = default;
        var parts = arguments.Split(',');
        if (parts.Length != 3)
        {
            return false;
        }

        var channels = new byte[3];
        for (var i = 0; i < 3; i++)
        {
            var part = parts[i].Trim();
            var percent = part.EndsWith('%');
            if (!double.TryParse(percent ? part[..^1] : part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return false;
            }

            channels[i] = (byte)Math.Round(Math.Clamp(percent ? number * 255 / 100 : number, 0, 255));
        }

        color = (channels[0], channels[1], channels[2]);
        return true;
    }

    private static (byte R, byte G, byte B) Split(uint rgb) => ((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
}
