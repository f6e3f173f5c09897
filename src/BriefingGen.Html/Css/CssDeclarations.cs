using System.Globalization;
using System.Text;

namespace BriefingGen.Html.Css;

/// <summary>
/// An ordered list of CSS declarations for one look: written as a rule in the page's style sheet,
/// or as a <c>style</c> attribute in an e-mail, where clients drop style sheets.
/// </summary>
internal sealed class CssDeclarations
{
    private readonly List<(string Property, string Value)> _items = [];

    /// <summary>True when nothing is declared.</summary>
    public bool IsEmpty => _items.Count == 0;

    /// <summary>Sets <paramref name="property"/>, replacing an earlier value.</summary>
    public CssDeclarations Set(string property, string value)
    {
        var at = _items.FindIndex(i => i.Property == property);
        if (at >= 0)
        {
            _items[at] = (property, value);
        }
        else
        {
            _items.Add((property, value));
        }

        return this;
    }

    /// <summary>Sets a length in pixels, rounded to a tenth.</summary>
    public CssDeclarations Px(string property, double pixels) => Set(property, Length(pixels));

    /// <summary>Sets a colour from six hex digits.</summary>
    public CssDeclarations Color(string property, string rgb) => Set(property, "#" + rgb);

    /// <summary>Adds every declaration of <paramref name="other"/>, replacing those set here.</summary>
    public CssDeclarations With(CssDeclarations other)
    {
        foreach (var (property, value) in other._items)
        {
            Set(property, value);
        }

        return this;
    }

    /// <summary>A copy to vary.</summary>
    public CssDeclarations Copy() => new CssDeclarations().With(this);

    /// <summary>A length as CSS writes it: <c>0</c> or pixels.</summary>
    public static string Length(double pixels)
    {
        var rounded = Math.Round(pixels, 1);
        return rounded == 0 ? "0" : rounded.ToString("0.#", CultureInfo.InvariantCulture) + "px";
    }

    /// <summary>The declarations as <c>a:b;c:d</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (property, value) in _items)
        {
            if (text.Length > 0)
            {
                text.Append(';');
            }

            text.Append(property).Append(':').Append(value);
        }

        return text.ToString();
    }
}
