using BriefingGen.Testing;

namespace BriefingGen.Word.Tests;

public class ValidationTests
{
    [Fact]
    public void Sample_passes_OpenXmlValidator_with_zero_errors()
    {
        var errors = WordOutput.ValidationErrors(WordOutput.Render(RepositoryPaths.Sample));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
