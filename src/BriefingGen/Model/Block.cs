namespace BriefingGen.Model;

/// <summary>
/// A block-level piece of content: it starts on a new line and stacks vertically. The built-in
/// kinds live in this namespace; a component adds its own by deriving from this record and
/// registering a renderer for each backend.
/// </summary>
public abstract record Block : Node;
