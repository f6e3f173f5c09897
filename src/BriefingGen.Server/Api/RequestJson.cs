using System.Text.Json;

namespace BriefingGen.Server.Api;

/// <summary>
/// Why a request body is not the JSON an endpoint expects, in the client's terms: where (line and
/// column counted from 1) and what, never the names of the service's own types.
/// </summary>
internal static class RequestJson
{
    /// <summary>The problem's title for <paramref name="e"/>.</summary>
    public static string Why(JsonException e)
    {
        var at = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
        var field = e.Path is { Length: > 2 } path ? path[2..] : null;
        var what = e.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? field is null ? "expected an object of named fields" : $"'{field}' holds a value of the wrong kind; each field is text"
            : Plain(e.Message);
        return $"The request is not the JSON expected{at}: {what}.";
    }

    /// <summary>The reader's own sentence, without the position and path it appends.</summary>
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        return text.Length == 0 ? "unreadable JSON" : text;
    }
}
