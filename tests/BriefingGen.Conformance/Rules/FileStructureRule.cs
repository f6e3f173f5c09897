namespace BriefingGen.Conformance.Rules;

/// <summary>PDF/A-2 file structure (ISO 19005-2 §6.1): the binary comment after the header, a file identifier, no encryption.</summary>
internal sealed class FileStructureRule : IConformanceRule
{
    /// <inheritdoc />
    public IEnumerable<ConformanceFailure> Check(CheckedFile file, ConformanceTarget target)
    {
        if (target.PdfA2Level is null)
        {
            yield break;
        }

        // §6.1.2: "%PDF-1.n", end of line, then a comment of at least four bytes above 127.
        var bytes = file.Bytes;
        var line = Array.IndexOf(bytes, (byte)'\n');
        var comment = line >= 0 && line + 5 < bytes.Length && bytes[line + 1] == '%' && bytes.Skip(line + 2).Take(4).All(b => b > 127);
        if (!bytes.AsSpan().StartsWith("%PDF-"u8) || !comment)
        {
            yield return new("ISO 19005-2 6.1.2", "the header is not followed by a comment of four bytes above 127");
        }

        if (file.Identifier is not { Count: 2 })
        {
            yield return new("ISO 19005-2 6.1.3", "the trailer has no file identifier (ID)");
        }

        if (file.Encryption is not null)
        {
            yield return new("ISO 19005-2 6.1.3", "the file is encrypted");
        }
    }
}
