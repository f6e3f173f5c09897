namespace BriefingGen.Server.Api;

/// <summary>The body of <c>/api/validate</c>, <c>/api/preview</c> and <c>/api/render</c>.</summary>
internal sealed record PaperRequest
{
    /// <summary>The pack's name, as <c>/api/templates</c> lists it.</summary>
    public string? Template { get; init; }

    /// <summary>The data, as text.</summary>
    public string? Data { get; init; }

    /// <summary><c>yaml</c> (the default) or <c>json</c>.</summary>
    public string? Format { get; init; }

    /// <summary>For <c>/api/render</c>: <c>docx</c>, <c>pdf</c> or <c>md</c>.</summary>
    public string? Output { get; init; }
}
