using System.Text;

namespace BriefingGen.Pdf.Text.Hyphenation;

/// <summary>
/// The patterns and exceptions of a hyph-utf8 file embedded in this assembly, read the way TeX
/// reads them: comments run from <c>%</c> to the end of the line, <c>\patterns{…}</c> and
/// <c>\hyphenation{…}</c> hold words separated by white space, and <c>\input</c> reads another
/// file in place (the Bokmål and Nynorsk files take the shared Norwegian patterns this way).
/// The files are shipped unmodified, licence headers and all, so they are parsed rather than
/// converted at build time.
/// </summary>
internal sealed record TexPatternFile(IReadOnlyList<string> Patterns, IReadOnlyList<string> Exceptions)
{
    /// <summary>The prefix of the resource names the project file gives the pattern files.</summary>
    private const string ResourcePrefix = "Hyphenation/";

    /// <summary>Reads an embedded pattern file, such as <c>hyph-nb.tex</c>, and the files it inputs.</summary>
    public static TexPatternFile Load(string fileName)
    {
        var patterns = new List<string>();
        var exceptions = new List<string>();
        Read(fileName, patterns, exceptions, depth: 0);
        return new TexPatternFile(patterns, exceptions);
    }

    /// <summary>The text of an embedded pattern file, for the tests that read its header.</summary>
    public static string Text(string fileName)
    {
        using var stream = typeof(TexPatternFile).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The hyphenation pattern file {fileName} is not embedded in {typeof(TexPatternFile).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Read(string fileName, List<string> patterns, List<string> exceptions, int depth)
    {
        if (depth > 4)
        {
            throw new InvalidOperationException($"The hyphenation pattern file {fileName} is input too deeply; the files input each other.");
        }

        var text = Text(fileName);
        List<string>? block = null;
        List<string>? opening = null;
        var inputNext = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '%')
            {
                i = text.IndexOf('\n', i) is var end and >= 0 ? end + 1 : text.Length;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '{' or '}')
            {
                block = c == '{' ? opening : null;
                opening = null;
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('{' or '}' or '%'))
                {
                    i++;
                }

                var token = text[start..i];
                if (block is not null)
                {
                    block.Add(token);
                }
                else if (inputNext)
                {
                    Read(token, patterns, exceptions, depth + 1);
                    inputNext = false;
                }
                else
                {
                    // Other control sequences outside the blocks do not occur in hyph-utf8's pattern files.
                    opening = token switch { @"\patterns" => patterns, @"\hyphenation" => exceptions, _ => null };
                    inputNext = token == @"\input";
                }
            }
        }
    }
}
