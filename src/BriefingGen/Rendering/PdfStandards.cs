namespace BriefingGen.Rendering;

/// <summary>The names of <see cref="PdfStandard"/> as packs and the command line write them, and what each claims.</summary>
public static class PdfStandards
{
    /// <summary>Every name, in the order help texts list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["none", "ua1", "a2b", "a2a", "a2a+ua1"];

    /// <summary>The standard named <paramref name="name"/> (<c>ua1</c>, <c>a2b</c>, <c>a2a</c>, <c>a2a+ua1</c>, <c>none</c>), or null for another name.</summary>
    public static PdfStandard? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "none" => PdfStandard.None,
        "ua1" => PdfStandard.Ua1,
        "a2b" => PdfStandard.A2b,
        "a2a" => PdfStandard.A2a,
        "a2a+ua1" => PdfStandard.A2aUa1,
        _ => null,
    };

    /// <summary>The name of <paramref name="standard"/>, as <see cref="Parse"/> reads it.</summary>
    public static string Name(this PdfStandard standard) => Names[(int)standard];

    /// <summary>True when <paramref name="standard"/> claims PDF/UA-1.</summary>
    public static bool ClaimsUa1(this PdfStandard standard) => standard is PdfStandard.Ua1 or PdfStandard.A2aUa1;

    /// <summary>The PDF/A-2 conformance level claimed, 'A' or 'B', or null when none is.</summary>
    public static char? PdfALevel(this PdfStandard standard) => standard switch
    {
        PdfStandard.A2b => 'B',
        PdfStandard.A2a or PdfStandard.A2aUa1 => 'A',
        _ => null,
    };

    /// <summary>A short human name (“PDF/A-2a and PDF/UA-1”) for messages.</summary>
    public static string Title(this PdfStandard standard) => standard switch
    {
        PdfStandard.Ua1 => "PDF/UA-1",
        PdfStandard.A2b => "PDF/A-2b",
        PdfStandard.A2a => "PDF/A-2a",
        PdfStandard.A2aUa1 => "PDF/A-2a and PDF/UA-1",
        _ => "no PDF standard",
    };
}
