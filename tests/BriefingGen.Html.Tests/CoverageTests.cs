using BriefingGen.Html.PlainText;
using BriefingGen.Model;

namespace BriefingGen.Html.Tests;

/// <summary>Every block and inline kind of the model, built-in and the shipped components', has an HTML renderer, and component blocks have a plain-text one.</summary>
public class CoverageTests
{
    private static readonly IReadOnlyList<object> ComponentRenderers = new Extensions.ExtensionSet(Components.BuiltInComponents.All).Renderers;

    private static IEnumerable<Type> ModelKinds(Type baseType) =>
        new[] { typeof(Block).Assembly, typeof(Components.BuiltInComponents).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(baseType) && !t.IsAbstract && t.IsPublic);

    [Fact]
    public void Every_block_kind_has_an_html_renderer()
    {
        var covered = HtmlRenderer.BlockRenderers.Concat(ComponentRenderers.OfType<IHtmlBlockRenderer>()).Select(r => r.BlockType).ToHashSet();
        Assert.DoesNotContain(ModelKinds(typeof(Block)), t => !covered.Contains(t));
    }

    [Fact]
    public void Every_inline_kind_has_an_html_renderer()
    {
        var covered = HtmlRenderer.InlineRenderers.Concat(ComponentRenderers.OfType<IHtmlInlineRenderer>()).Select(r => r.InlineType).ToHashSet();
        Assert.DoesNotContain(ModelKinds(typeof(Inline)), t => !covered.Contains(t));
    }

    [Fact]
    public void Every_component_block_has_a_plain_text_renderer()
    {
        var covered = ComponentRenderers.OfType<IPlainTextBlockRenderer>().Select(r => r.BlockType).ToHashSet();
        var components = typeof(Components.BuiltInComponents).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract && t.IsPublic);
        Assert.DoesNotContain(components, t => !covered.Contains(t));
    }
}
