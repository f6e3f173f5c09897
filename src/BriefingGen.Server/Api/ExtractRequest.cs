namespace BriefingGen.Server.Api;

/// <summary>The body of <c>/api/extract</c>.</summary>
internal sealed record ExtractRequest
{
    /// <summary>The paper, a .docx, in base64 (as Office gives a document's file and takes one back).</summary>
    public string? Paper { get; init; }

    /// <summary>The data format to answer in: <c>yaml</c> (the default) or <c>json</c>.</summary>
    public string? Format { get; init; }
}
