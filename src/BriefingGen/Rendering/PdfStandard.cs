namespace BriefingGen.Rendering;

/// <summary>
/// The PDF standards a paper can claim. A claimed standard is written into the file's metadata and
/// enforced while writing: what would break it (a character no font has, a figure without alt text)
/// stops the render with an error at the data, instead of giving a file that claims what it is not.
/// </summary>
public enum PdfStandard
{
    /// <summary>No claim: the file is still tagged, but nothing is identified or enforced.</summary>
    None,

    /// <summary>PDF/UA-1 (ISO 14289-1), accessible.</summary>
    Ua1,

    /// <summary>PDF/A-2b (ISO 19005-2, level B), archival: it looks the same in every reader, for ever.</summary>
    A2b,

    /// <summary>PDF/A-2a (level A): PDF/A-2b, tagged, with Unicode text and a language.</summary>
    A2a,

    /// <summary>PDF/A-2a and PDF/UA-1 at once: the shipped packs' default.</summary>
    A2aUa1,
}
