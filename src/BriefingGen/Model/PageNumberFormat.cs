namespace BriefingGen.Model;

/// <summary>How page numbers are written.</summary>
public enum PageNumberFormat
{
    /// <summary>1, 2, 3.</summary>
    Decimal,

    /// <summary>i, ii, iii.</summary>
    LowerRoman,

    /// <summary>I, II, III.</summary>
    UpperRoman,

    /// <summary>a, b, c.</summary>
    LowerLetter,

    /// <summary>A, B, C.</summary>
    UpperLetter,
}
