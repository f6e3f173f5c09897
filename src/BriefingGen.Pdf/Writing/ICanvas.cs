using BriefingGen.Model;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// Everything the layout engine draws goes through this interface, in points with the origin at
/// the page's top-left corner. The PDF writer implements it; tests record it; the first layout
/// pass uses one that only notes where destinations fall.
/// </summary>
internal interface ICanvas
{
    /// <summary>
    /// False for a canvas that keeps only pages, places and links (the first pass), so that
    /// elements can skip the text no one will see: most of what a paragraph draws.
    /// </summary>
    bool Draws => true;

    /// <summary>Starts a page of the given size.</summary>
    void BeginPage(double width, double height);

    /// <summary>Ends the current page.</summary>
    void EndPage();

    /// <summary>Draws shaped text.</summary>
    void DrawText(TextDraw text);

    /// <summary>Fills a rectangle.</summary>
    void FillRectangle(double x, double y, double width, double height, string color);

    /// <summary>Strokes a straight line.</summary>
    void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, string color);

    /// <summary>
    /// Paints a path. A decorative path (a rule, a panel) is an artifact; a path that carries
    /// meaning (a chart's bars) belongs to the structure element open when it is drawn.
    /// </summary>
    void DrawPath(Drawing.PathData path, Drawing.PathStyle style, bool decorative = true);

    /// <summary>Draws a picture scaled into the rectangle.</summary>
    void DrawImage(ImageData image, double x, double y, double width, double height);

    /// <summary>
    /// Makes a rectangle a link to a URL, or to a destination when the target starts with '#';
    /// <paramref name="description"/> is its text, for screen readers, and <paramref name="tag"/>
    /// the Link element that holds that text (a new one inside the open element when null).
    /// </summary>
    void AddLink(double x, double y, double width, double height, string target, string description, StructureNode? tag = null);

    /// <summary>Marks a named place (a heading) that links and the outline can point to.</summary>
    void AddDestination(string name, double y);

    /// <summary>Adds a bookmark to the outline, pointing at a destination.</summary>
    void AddOutlineEntry(int level, string title, string destination);

    /// <summary>What is drawn until the matching <see cref="EndTag"/> belongs to <paramref name="node"/>, inside the element open now.</summary>
    void BeginTag(StructureNode node);

    /// <summary>Closes the element opened last.</summary>
    void EndTag();

    /// <summary>What is drawn until <see cref="EndArtifact"/> is page furniture, not content (running headers, banners).</summary>
    void BeginArtifact();

    /// <summary>Ends page furniture.</summary>
    void EndArtifact();
}
