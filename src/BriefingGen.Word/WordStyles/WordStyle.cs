namespace BriefingGen.Word.WordStyles;

/// <summary>How one stylesheet role appears in Word: its style id, the name users see, and whether Word knows it built in.</summary>
/// <param name="Id">The style id, Word's own where one exists (Heading1, Title, Hyperlink…).</param>
/// <param name="Name">The name in the style gallery; Word's built-in names are lower-case ("heading 1").</param>
/// <param name="Custom">True for a style Word does not have built in, marked custom as Word itself does.</param>
/// <param name="Primary">True to show it in the style gallery.</param>
internal sealed record WordStyle(string Id, string Name, bool Custom, bool Primary);
