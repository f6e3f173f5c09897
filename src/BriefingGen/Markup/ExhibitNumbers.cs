using System.Globalization;
using Markdig.Syntax;

namespace BriefingGen.Markup;

/// <summary>
/// The numbers of a paper's exhibits (<c>::: exhibit ID Title</c>), worked out from the whole
/// composed Markdown before any of it is read, so a cross-reference (<c>[](#ID)</c>, a link with
/// no text) can name an exhibit that comes later: "see Exhibit 4". Exhibits are numbered 1, 2, 3
/// in document order, across sections and appendices, as consultancies number them.
/// </summary>
/// <param name="label">The word before the number, in the paper's language: "Exhibit", "Figur".</param>
internal sealed class ExhibitNumbers(string label)
{
    /// <summary>The container name that makes an exhibit.</summary>
    public const string ContainerName = "exhibit";

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    /// <summary>The word before the number.</summary>
    public string Label { get; } = label;

    /// <summary>Numbers the exhibits of <paramref name="document"/> in order; a repeated id keeps its first number.</summary>
    /// <param name="document">The composed paper, parsed.</param>
    /// <param name="idOf">The id an exhibit container declares, or null when it declares none.</param>
    public void Scan(MarkdownDocument document, Func<Markdig.Extensions.CustomContainers.CustomContainer, string?> idOf)
    {
        foreach (var container in document.Descendants<Markdig.Extensions.CustomContainers.CustomContainer>())
        {
            if (container.Info == ContainerName && idOf(container) is { } id)
            {
                _numbers.TryAdd(id, _numbers.Count + 1);
            }
        }
    }

    /// <summary>Every exhibit's id.</summary>
    public IEnumerable<string> Ids => _numbers.Keys;

    /// <summary>Marks <paramref name="id"/>'s exhibit as read; false when an exhibit with that id was read before.</summary>
    public bool Claim(string id) => _claimed.Add(id);

    /// <summary>"Exhibit 3" for the exhibit <paramref name="id"/>, or null when no exhibit has that id.</summary>
    public string? NameOf(string id) =>
        _numbers.TryGetValue(id, out var number) ? Label + "\u00A0" + number.ToString(CultureInfo.InvariantCulture) : null;
}
