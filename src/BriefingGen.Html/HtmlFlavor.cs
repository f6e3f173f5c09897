namespace BriefingGen.Html;

/// <summary>The two kinds of HTML the backend writes from one set of renderers.</summary>
internal enum HtmlFlavor
{
    /// <summary>A standalone web page: semantic elements, one embedded style sheet, pictures as data: URIs.</summary>
    Page,

    /// <summary>An e-mail body: table layout, inline styles only, pictures as cid: references to the message's parts.</summary>
    Email,
}
