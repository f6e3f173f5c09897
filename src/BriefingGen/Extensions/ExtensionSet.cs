using BriefingGen.Compose;
using BriefingGen.Styling;

namespace BriefingGen.Extensions;

/// <summary>The components one pack uses, registered once: their functions, roles and renderers together.</summary>
public sealed class ExtensionSet
{
    /// <summary>No components.</summary>
    public static ExtensionSet Empty { get; } = new([]);

    /// <summary>Registers each of <paramref name="extensions"/>.</summary>
    public ExtensionSet(IEnumerable<IBriefingExtension> extensions)
    {
        var builder = new ExtensionBuilder();
        var names = new List<string>();
        foreach (var extension in extensions)
        {
            extension.Register(builder);
            names.Add(extension.Name);
        }

        Names = names;
        Functions = [.. builder.Functions];
        Roles = [.. builder.Roles];
        Renderers = [.. builder.Renderers];
        ShadeScales = [.. builder.ShadeScales];
        DataSteps = [.. builder.DataSteps];
    }

    /// <summary>The components' names.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Their template functions.</summary>
    public IReadOnlyList<TemplateFunction> Functions { get; }

    /// <summary>Their stylesheet roles.</summary>
    public IReadOnlyList<RoleDefinition> Roles { get; }

    /// <summary>The shades they draw as steps of a scale, for the theme's greyscale check.</summary>
    public IReadOnlyList<ShadeScale> ShadeScales { get; }

    /// <summary>Their data steps, in order.</summary>
    public IReadOnlyList<IDataStep> DataSteps { get; }

    /// <summary>Their renderers, for every backend.</summary>
    public IReadOnlyList<object> Renderers { get; }

    /// <summary>The renderers of one backend: those implementing <typeparamref name="T"/>.</summary>
    public IEnumerable<T> RenderersOf<T>() => Renderers.OfType<T>();
}
