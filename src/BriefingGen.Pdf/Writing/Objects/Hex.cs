namespace BriefingGen.Pdf.Writing.Objects;

/// <summary>Upper-case hexadecimal digits as PDF writes them in names and hex strings.</summary>
internal static class Hex
{
    /// <summary>The ASCII digit for <paramref name="nibble"/> (0–15).</summary>
    public static byte Digit(int nibble) => (byte)"0123456789ABCDEF"[nibble];
}
