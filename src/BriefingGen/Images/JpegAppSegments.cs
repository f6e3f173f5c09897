namespace BriefingGen.Images;

/// <summary>The two application segments libjpeg reads (jdmarker.c): APP0 "JFIF" and APP14 "Adobe".</summary>
internal static class JpegAppSegments
{
    /// <summary>True for a JFIF segment, which tells libjpeg that three components are YCbCr.</summary>
    /// <exception cref="UnusableImageException">Its version is one libjpeg(-turbo) warns of (not 1 or 2).</exception>
    public static bool IsJfif(ReadOnlySpan<byte> data)
    {
        if (data.Length < 14 || !data[..5].SequenceEqual("JFIF\0"u8))
        {
            return false;
        }

        return data[5] is 1 or 2
            ? true
            : throw UnusableImageException.Damaged($"its JFIF header claims version {data[5]}.{data[6]}, which no reader knows");
    }

    /// <summary>The colour transform of an Adobe segment (0 none, 1 YCbCr, 2 YCCK), or null when this is none.</summary>
    /// <exception cref="UnusableImageException">It names a transform libjpeg warns of.</exception>
    public static int? AdobeTransform(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12 || !data[..5].SequenceEqual("Adobe"u8))
        {
            return null;
        }

        return data[11] <= 2
            ? data[11]
            : throw UnusableImageException.Damaged($"its Adobe segment names colour transform {data[11]}; there are 0, 1 and 2");
    }
}
