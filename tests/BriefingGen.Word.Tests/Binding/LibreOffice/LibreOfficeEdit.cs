namespace BriefingGen.Word.Tests.Binding.LibreOffice;

/// <summary>One edit a user makes in LibreOffice, as <c>edit_in_libreoffice.py</c> makes it.</summary>
public sealed class LibreOfficeEdit
{
    private LibreOfficeEdit(string selector, string target, string text)
    {
        Selector = selector;
        Target = target;
        Text = text;
    }

    /// <summary>How the control is found: by its binding, its title, or text it holds.</summary>
    public string Selector { get; }

    /// <summary>The XPath, title or text that finds it.</summary>
    public string Target { get; }

    /// <summary>What is typed or chosen.</summary>
    public string Text { get; }

    /// <summary>The first control bound to <paramref name="xpath"/> shows <paramref name="text"/>: typed into a plain-text or date control, chosen in a drop-down.</summary>
    public static LibreOfficeEdit Bound(string xpath, string text) => new("binding", xpath, text);

    /// <summary>The first plain-text control titled <paramref name="title"/> gets <paramref name="text"/>.</summary>
    public static LibreOfficeEdit Titled(string title, string text) => new("title", title, text);

    /// <summary>In the first content control holding <paramref name="found"/>, that text is typed over with <paramref name="text"/>.</summary>
    public static LibreOfficeEdit Replace(string found, string text) => new("find", found, text);
}
