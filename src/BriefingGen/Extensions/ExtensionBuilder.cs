using BriefingGen.Compose;
using BriefingGen.Styling;

namespace BriefingGen.Extensions;

/// <summary>What an extension registers; collected into an <see cref="ExtensionSet"/>.</summary>
public sealed class ExtensionBuilder
{
    private readonly List<TemplateFunction> _functions = [];
    private readonly List<RoleDefinition> _roles = [];
    private readonly List<object> _renderers = [];
    private readonly List<ShadeScale> _scales = [];
    private readonly List<IDataStep> _steps = [];

    /// <summary>The functions registered so far.</summary>
    internal IReadOnlyList<TemplateFunction> Functions => _functions;

    /// <summary>The roles registered so far.</summary>
    internal IReadOnlyList<RoleDefinition> Roles => _roles;

    /// <summary>The renderers registered so far.</summary>
    internal IReadOnlyList<object> Renderers => _renderers;

    /// <summary>The shade scales registered so far.</summary>
    internal IReadOnlyList<ShadeScale> ShadeScales => _scales;

    /// <summary>The data steps registered so far.</summary>
    internal IReadOnlyList<IDataStep> DataSteps => _steps;

    /// <summary>Makes <paramref name="function"/> callable from templates.</summary>
    public ExtensionBuilder AddFunction(TemplateFunction function)
    {
        _functions.Add(function);
        return this;
    }

    /// <summary>Adds a paragraph role to the stylesheet.</summary>
    public ExtensionBuilder AddRole(RoleDefinition role)
    {
        _roles.Add(role);
        return this;
    }

    /// <summary>Names shades the component draws as steps of one scale, which the theme must make tell apart in greyscale.</summary>
    public ExtensionBuilder AddShadeScale(ShadeScale scale)
    {
        _scales.Add(scale);
        return this;
    }

    /// <summary>
    /// Adds a renderer for the component's nodes in one backend: each backend takes the renderers of
    /// the interfaces it knows (a Word block renderer, a PDF block renderer, a Markdown writer) and
    /// ignores the rest.
    /// </summary>
    public ExtensionBuilder AddRenderer(object renderer)
    {
        _renderers.Add(renderer);
        return this;
    }

    /// <summary>Runs <paramref name="step"/> on every paper's data after the schema check, in the order steps were added.</summary>
    public ExtensionBuilder AddDataStep(IDataStep step)
    {
        _steps.Add(step);
        return this;
    }
}
