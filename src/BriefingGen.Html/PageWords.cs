namespace BriefingGen.Html;

/// <summary>
/// The few words the page itself adds around the paper's content — the notes' heading, the label of
/// a note's way back — in the paper's language, so a screen reader says them in the same voice.
/// </summary>
/// <param name="Notes">The heading over the notes.</param>
/// <param name="BackToText">The label of the link from a note back to its mark.</param>
/// <param name="Note">What a note mark is, before its number, for screen readers.</param>
/// <param name="Inserted">What inserted text is called.</param>
/// <param name="Deleted">What deleted text is called.</param>
internal sealed record PageWords(string Notes, string BackToText, string Note, string Inserted, string Deleted)
{
    private static readonly PageWords English = new("Notes", "Back to the text", "Note", "Inserted", "Deleted");

    private static readonly Dictionary<string, PageWords> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["nb"] = new("Noter", "Tilbake til teksten", "Note", "Satt inn", "Slettet"),
        ["nn"] = new("Notar", "Tilbake til teksten", "Note", "Sett inn", "Sletta"),
        ["no"] = new("Noter", "Tilbake til teksten", "Note", "Satt inn", "Slettet"),
        ["ru"] = new("Примечания", "Назад к тексту", "Примечание", "Вставлено", "Удалено"),
    };

    /// <summary>The words for <paramref name="language"/> (a culture such as <c>nb-NO</c>), English when it has none.</summary>
    public static PageWords For(string language)
    {
        var primary = language.Split('-')[0];
        return ByLanguage.GetValueOrDefault(primary) ?? English;
    }
}
