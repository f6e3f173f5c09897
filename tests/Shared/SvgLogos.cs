using System.Text;

namespace BriefingGen.Testing;

/// <summary>SVG pictures for the tests of every renderer, each with shapes at known places in known colours.</summary>
internal static class SvgLogos
{
    /// <summary>
    /// A 200 × 100 px logo (viewBox 0 0 400 200, so everything is drawn at half size): a red square
    /// at 10–60 px, a blue ring (an even-odd hole) centred at (125, 50) with radii 40 and 20, a
    /// half-transparent green bar across the bottom and a dark stroked zig-zag with round joins.
    /// </summary>
    public const string Logo = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 400 200">
          <title>Test logo</title>
          <rect x="20" y="20" width="100" height="100" fill="#ff0000"/>
          <path fill="blue" fill-rule="evenodd" d="M170 100 a80 80 0 1 0 160 0 a80 80 0 1 0 -160 0 Z M210 100 a40 40 0 1 0 80 0 a40 40 0 1 0 -80 0 Z"/>
          <g transform="translate(0 170)" opacity="0.5"><rect width="400" height="30" fill="rgb(0, 128, 0)"/></g>
          <polyline points="20,150 60,130 100,150 140,130" fill="none" stroke="#333" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"/>
        </svg>
        """;

    /// <summary><see cref="Logo"/> as the bytes of a file.</summary>
    public static byte[] LogoBytes => Encoding.UTF8.GetBytes(Logo);
}
