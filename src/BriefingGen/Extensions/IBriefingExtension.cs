namespace BriefingGen.Extensions;

/// <summary>
/// A component: everything one feature brings, in one place — its template functions, the model
/// node kinds they return, the stylesheet roles it adds and one renderer per backend for its
/// nodes. A pack names the components it uses in <c>template.yaml</c> (<c>components:</c>), and
/// nothing in the core or the backends changes to add one.
/// </summary>
public interface IBriefingExtension
{
    /// <summary>The name packs use for it, e.g. <c>risk-matrix</c>.</summary>
    string Name { get; }

    /// <summary>Adds the component's functions, roles and renderers.</summary>
    void Register(ExtensionBuilder builder);
}
