using BriefingGen.Word.Binding;

namespace BriefingGen.Word.Tests.Binding;

/// <summary>The address of a HYPERLINK field, however its instruction is written.</summary>
public class HyperlinkFieldTests
{
    [Theory]
    [InlineData(" HYPERLINK \"https://example.org/\" \\l \"part\"", "https://example.org/#part")]
    [InlineData("HYPERLINK https://example.org/a", "https://example.org/a")]
    [InlineData("hyperlink \"https://example.org/a\" \\o \"a tooltip\" \\t \"_blank\" \\h", "https://example.org/a")]
    [InlineData("HYPERLINK \\l \"h_summary\"", "#h_summary")]
    [InlineData("HYPERLINK \"https://example.org/say \\\"hi\\\"\"", "https://example.org/say \"hi\"")]
    public void A_HYPERLINK_field_gives_its_address(string instruction, string address)
    {
        Assert.Equal(address, HyperlinkField.Target(instruction));
    }

    [Theory]
    [InlineData(" PAGE ")]
    [InlineData("HYPERLINK")]
    [InlineData("")]
    public void Other_fields_give_none(string instruction)
    {
        Assert.Null(HyperlinkField.Target(instruction));
    }
}
