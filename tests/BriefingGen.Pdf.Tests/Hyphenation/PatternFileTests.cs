using System.Text.RegularExpressions;
using BriefingGen.Pdf.Text.Hyphenation;

namespace BriefingGen.Pdf.Tests.Hyphenation;

/// <summary>The embedded hyph-utf8 files: present, read whole, and the source of each language's minimums.</summary>
public partial class PatternFileTests
{
    public static TheoryData<string> Tags => new(HyphenationLanguage.All.Select(l => l.Tag));

    [GeneratedRegex(@"hyphenmins:\s*%\s*typesetting:\s*%\s*left:\s*(\d+)\s*%\s*right:\s*(\d+)")]
    private static partial Regex HyphenMins();

    [Theory]
    [MemberData(nameof(Tags))]
    public void The_minimums_are_those_in_the_files_header(string tag)
    {
        var language = HyphenationLanguage.All.Single(l => l.Tag == tag);
        var header = HyphenMins().Match(TexPatternFile.Text(language.PatternFile));
        Assert.True(header.Success, $"{language.PatternFile} has no hyphenmins header");
        Assert.Equal((header.Groups[1].Value, header.Groups[2].Value), (language.LeftMin.ToString(), language.RightMin.ToString()));
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void Each_file_keeps_its_licence_header(string tag)
    {
        var text = TexPatternFile.Text(HyphenationLanguage.All.Single(l => l.Tag == tag).PatternFile);
        Assert.StartsWith("% title: Hyphenation patterns for ", text, StringComparison.Ordinal);
        Assert.Contains("% licence:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bokmal_reads_the_shared_Norwegian_file_and_adds_its_own_exceptions()
    {
        var bokmal = TexPatternFile.Load("hyph-nb.tex");
        var shared = TexPatternFile.Load("hyph-no.tex");
        Assert.Equal(shared.Patterns, bokmal.Patterns);
        Assert.Equal(shared.Exceptions.Count + 2, bokmal.Exceptions.Count);
        Assert.Equal(["at-ten-de", "be-tre"], bokmal.Exceptions.TakeLast(2));
        Assert.Equal("åøy4", shared.Patterns[^1]);
    }

    [Fact]
    public void A_missing_file_is_an_error_that_names_it() =>
        Assert.Contains("hyph-xx.tex", Assert.Throws<InvalidOperationException>(() => TexPatternFile.Load("hyph-xx.tex")).Message, StringComparison.Ordinal);
}
