using BriefingGen.Word.WordStyles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Renderers;

/// <summary>Makes runs of text with direct formatting, turning tabs and line feeds into Word's own elements.</summary>
internal static class Runs
{
    /// <summary>A run holding <paramref name="text"/> in <paramref name="format"/>.</summary>
    public static Run Create(string text, RunFormat format)
    {
        var run = new Run();
        if (Properties(format) is { } properties)
        {
            run.Append(properties);
        }

        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\t' or '\n'))
            {
                continue;
            }

            if (i > start)
            {
                run.Append(new Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (i < text.Length)
            {
                run.Append(text[i] == '\t' ? new TabChar() : new Break());
            }

            start = i + 1;
        }

        return run;
    }

    /// <summary>Run properties for <paramref name="format"/>, in the schema's element order, or null when plain.</summary>
    public static RunProperties? Properties(RunFormat format)
    {
        if (format == RunFormat.Plain)
        {
            return null;
        }

        var properties = new RunProperties();
        if (format.CharacterStyle is not null)
        {
            properties.Append(new RunStyle { Val = format.CharacterStyle });
        }

        if (format.Bold)
        {
            properties.Append(Toggles.Bold(true));
        }

        if (format.Italic)
        {
            properties.Append(Toggles.Italic(true));
        }

        if (format.Color is not null)
        {
            properties.Append(new Color { Val = format.Color });
        }

        return properties.HasChildren ? properties : null;
    }
}
