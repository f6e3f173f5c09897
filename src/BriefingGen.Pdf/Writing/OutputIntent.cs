using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Writing;

/// <summary>
/// The PDF/A output intent (ISO 19005-2 §6.2.3): the sRGB profile every colour we draw is meant in,
/// so DeviceRGB and DeviceGray have one fixed meaning (§6.2.4.3) for every reader, now and later.
/// </summary>
internal static class OutputIntent
{
    /// <summary>Writes the profile and returns the catalog's OutputIntents array.</summary>
    public static PdfArray Write(PdfFileWriter writer)
    {
        var profile = writer.Reserve();
        writer.WriteStream(profile, new PdfDictionary { ["N"] = 3 }, SrgbIccProfile.Bytes, compress: true);
        var intent = writer.Reserve();
        writer.Write(intent, new PdfDictionary
        {
            ["Type"] = PdfName.Of("OutputIntent"),
            ["S"] = PdfName.Of("GTS_PDFA1"),
            ["OutputConditionIdentifier"] = PdfString.Ascii(SrgbIccProfile.Description),
            ["Info"] = PdfString.Ascii(SrgbIccProfile.Description),
            ["DestOutputProfile"] = profile,
        });
        return new PdfArray { intent };
    }
}
