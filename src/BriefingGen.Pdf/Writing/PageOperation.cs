namespace BriefingGen.Pdf.Writing;

/// <summary>
/// One drawing operation kept until the document is finished: text must wait until fonts are
/// subset, because subsetting renumbers glyphs. Each kind writes its own content-stream operators.
/// </summary>
internal abstract record PageOperation;

/// <summary>Draws text.</summary>
/// <param name="Text">What to draw; its baseline is measured from the page's top, as the layout gives it.</param>
/// <param name="Baseline">The baseline in PDF coordinates (from the bottom), kept apart so the draw is not copied.</param>
internal sealed record TextOperation(TextDraw Text, double Baseline) : PageOperation;

/// <summary>Fills a rectangle (already in PDF coordinates, origin bottom-left).</summary>
internal sealed record RectangleOperation(double X, double Y, double Width, double Height, string Color) : PageOperation;

/// <summary>Strokes a line (PDF coordinates).</summary>
internal sealed record LineOperation(double X1, double Y1, double X2, double Y2, double LineWidth, string Color) : PageOperation;

/// <summary>Paints a path (already in PDF coordinates).</summary>
internal sealed record PathOperation(Drawing.PathData Path, Drawing.PathStyle Style) : PageOperation;

/// <summary>Places an image XObject (PDF coordinates of its lower-left corner).</summary>
internal sealed record ImageOperation(int ImageIndex, double X, double Y, double Width, double Height) : PageOperation;

/// <summary>Starts a span of text in another language, inside the marked content it belongs to (a Span BDC with /Lang).</summary>
internal sealed record BeginLanguageOperation(string Language) : PageOperation;

/// <summary>Starts a marked-content sequence that belongs to a structure element (BDC with an MCID).</summary>
internal sealed record BeginMarkedOperation(string Role, int Mcid) : PageOperation;

/// <summary>Starts page furniture (an Artifact sequence).</summary>
internal sealed record BeginArtifactOperation : PageOperation;

/// <summary>Ends the open marked-content sequence (EMC).</summary>
internal sealed record EndMarkedOperation : PageOperation;

/// <summary>Draws an SVG picture as vector paths into a rectangle (PDF coordinates of its lower-left corner).</summary>
internal sealed record VectorOperation(BriefingGen.Images.Svg.VectorDrawing Drawing, double X, double Y, double Width, double Height) : PageOperation;
