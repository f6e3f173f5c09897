using BriefingGen.Model;

namespace BriefingGen.Compose;

/// <summary>
/// Content a template placed in the paper that is not Markdown: it travels to the Markdown stage as
/// a short mark in the text (see <see cref="SlotMarks"/>) and is put back as model nodes there, so
/// data never passes through the Markdown parser and can never become markup.
/// </summary>
internal abstract record Slot;

/// <summary>Inlines to put where the mark stands: data text with its origin, a link, a page number.</summary>
/// <param name="Inlines">The inlines.</param>
internal sealed record InlineSlot(IReadOnlyList<Inline> Inlines) : Slot;

/// <summary>A block a component made (the risk matrix, a table of contents, a section break).</summary>
/// <param name="Block">The block.</param>
internal sealed record BlockSlot(Block Block) : Slot;

/// <summary>A field that holds Markdown by design, read on its own so its syntax cannot reach the template's.</summary>
/// <param name="Markdown">The field's text.</param>
/// <param name="Origin">Where it came from, or null for a label.</param>
internal sealed record ProseSlot(string Markdown, Origin? Origin) : Slot;

/// <summary>A pipe table found in the template's output, kept aside so it is read in one linear pass.</summary>
/// <param name="Table">The table's rows, cells and column settings as written.</param>
internal sealed record TableSlot(Markup.PipeTable Table) : Slot;
