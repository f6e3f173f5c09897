namespace BriefingGen.Word;

/// <summary>Conversions to the units WordprocessingML stores: twentieths of a point (twips), half-points, EMUs.</summary>
internal static class Units
{
    /// <summary>Millimetres to twips (1 mm = 56.69 twips).</summary>
    public static int MmToTwips(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    /// <summary>Points to twips.</summary>
    public static int PtToTwips(double pt) => (int)Math.Round(pt * 20);

    /// <summary>Points to half-points, the unit of font sizes.</summary>
    public static string PtToHalfPoints(double pt) => ((int)Math.Round(pt * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Twips to English Metric Units, the unit of drawings (1 twip = 635 EMU).</summary>
    public static long TwipsToEmu(int twips) => twips * 635L;
}
