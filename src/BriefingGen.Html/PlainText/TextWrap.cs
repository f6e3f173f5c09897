using System.Globalization;
using System.Text;

namespace BriefingGen.Html.PlainText;

/// <summary>Word wrapping for plain text: breaks at spaces, never inside a word, and counts characters as a reader sees them.</summary>
internal static class TextWrap
{
    /// <summary><paramref name="text"/> (which may hold line breaks) as lines of at most <paramref name="width"/> characters where words allow.</summary>
    public static IEnumerable<string> Lines(string text, int width)
    {
        foreach (var paragraphLine in text.Split('\n'))
        {
            var line = new StringBuilder();
            var length = 0;
            foreach (var word in paragraphLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordLength = new StringInfo(word).LengthInTextElements;
                if (length > 0 && length + 1 + wordLength > width)
                {
                    yield return line.ToString();
                    line.Clear();
                    length = 0;
                }

                if (length > 0)
                {
                    line.Append(' ');
                    length++;
                }

                line.Append(word);
                length += wordLength;
            }

            yield return line.ToString();
        }
    }

    /// <summary>The number of characters a reader sees in <paramref name="text"/>.</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;
}
