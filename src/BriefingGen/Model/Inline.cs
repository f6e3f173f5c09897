namespace BriefingGen.Model;

/// <summary>A piece of text inside a block; inlines flow into lines.</summary>
public abstract record Inline;
