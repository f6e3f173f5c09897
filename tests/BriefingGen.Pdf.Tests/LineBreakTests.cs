using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Tests;

/// <summary>Where a line may break: never inside a number range, a grouped number or after an address's own hyphen.</summary>
public class LineBreakTests
{
    /// <summary>The pieces a line may be made of, split at every break opportunity.</summary>
    private static string[] Pieces(string text)
    {
        var breaks = LineBreakOpportunities.Find(text);
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (breaks[i])
            {
                pieces.Add(text[start..i]);
                start = i;
            }
        }

        pieces.Add(text[start..]);
        return [.. pieces];
    }

    [Theory]
    [InlineData("the plan for 2027–2032 is", "the |plan |for |2027–2032 |is")]
    [InlineData("pages 14-31 and", "pages |14-31 |and")]
    [InlineData("call +47 22 24 90 90 today", "call |+47 22 24 90 90 |today")]
    [InlineData("NOK 1 000 000 a year", "NOK |1 000 000 |a |year")]
    [InlineData("in 2026 there were", "in |2026 |there |were")]
    [InlineData("see kystverket.no/sjotransport-og-havn/ports now", "see |kystverket.no/|sjotransport-og-havn/|ports |now")]
    [InlineData("mail post-mottak@ssb.no or", "mail |post-mottak@ssb.no |or")]
    [InlineData("a well-known long-term plan", "a |well-|known |long-|term |plan")]
    [InlineData("Oil-spill response", "Oil-|spill |response")]
    public void A_line_breaks_only_where_a_reader_cannot_misread_it(string text, string expected)
    {
        Assert.Equal(expected, string.Join("|", Pieces(text)));
    }
}
