using System.Globalization;
using BriefingGen.Model;

namespace BriefingGen.Templates;

/// <summary>What the compose stage hands on: the paper as Markdown, plus its page furniture.</summary>
/// <param name="Markdown">The composed Markdown.</param>
/// <param name="Furniture">Header and footer texts.</param>
/// <param name="Culture">The document's culture.</param>
/// <param name="Labels">The labels in the document's language.</param>
internal sealed record ComposeResult(string Markdown, PageFurniture Furniture, CultureInfo Culture, IReadOnlyDictionary<string, string> Labels);
