namespace BriefingGen.Model;

/// <summary>
/// Anything in the document model. A node a template wrote from a data value carries its
/// <see cref="Origin"/>, so a later stage can point a diagnostic, a Word content control or a
/// change mark back at the data. Nodes are immutable; a node with content lists it in
/// <see cref="Children"/>, which is how <see cref="ModelWalker"/> reaches every node without a
/// switch over the kinds, so a component's own node kinds are walked like the built-in ones.
/// </summary>
public abstract record Node
{
    /// <summary>The data value this node was written from, or null for text of the template's own.</summary>
    public Origin? Origin { get; init; }

    /// <summary>The nodes directly inside this one, in reading order.</summary>
    public virtual IEnumerable<Node> Children => [];
}
