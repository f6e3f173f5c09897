using BriefingGen.Model;

namespace BriefingGen.Html.PlainText;

/// <summary>Writes a component's block kind as plain text for the e-mail's text alternative.</summary>
internal interface IPlainTextBlockRenderer
{
    /// <summary>The block kind it writes.</summary>
    Type BlockType { get; }

    /// <summary>The lines of <paramref name="block"/>, at most <paramref name="width"/> characters wide where words allow.</summary>
    IEnumerable<string> Lines(Block block, PlainTextWriter writer, int width);
}
