namespace BriefingGen.Pdf.Layout;

/// <summary>
/// What the page loop keeps at the foot of each page below the content (footnotes): it learns
/// from the content drawn what the page cites, draws in the room left under it, and keeps the
/// page loop going while it has more to draw.
/// </summary>
internal interface IPageFoot
{
    /// <summary>True while something is left to draw at the foot of a later page.</summary>
    bool Pending { get; }

    /// <summary>The height to keep free at the foot of document page <paramref name="page"/>, points.</summary>
    double Reserve(int page);

    /// <summary>The context the content draws through, which lets the foot see what the page cites.</summary>
    DrawContext Watch(DrawContext context);

    /// <summary>Draws at the foot of <paramref name="area"/>, below the <paramref name="contentHeight"/> points the content used.</summary>
    void Draw(DrawContext context, Area area, double contentHeight);
}
