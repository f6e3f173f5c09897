using BriefingGen.Pdf.Layout;

namespace BriefingGen.Pdf.Pages;

/// <summary>What a first pass over a paper leaves for the pass that draws it.</summary>
/// <param name="Styles">The looks, whose text styles key the fonts' caches.</param>
/// <param name="Fonts">The faces, shaped words and laid-out paragraphs.</param>
/// <param name="Reserves">The room settled for notes at each page's foot.</param>
internal sealed record FirstPassState(PdfStyles Styles, FontBook Fonts, IReadOnlyDictionary<int, double> Reserves);
