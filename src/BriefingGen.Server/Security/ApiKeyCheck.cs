using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BriefingGen.Server.Security;

/// <summary>
/// The API key every call to <c>/api/</c> must carry when the service has one, as
/// <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>. Keys are compared by their hashes in
/// constant time, so the answer's timing says nothing about how much of a guess was right.
/// </summary>
internal sealed class ApiKeyCheck(string key)
{
    private readonly byte[] _hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>True when <paramref name="request"/> carries the key.</summary>
    public bool Allows(HttpRequest request)
    {
        var given = Given(request.Headers.Authorization, request.Headers["X-Api-Key"]);
        return given is not null && CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(given)));
    }

    private static string? Given(StringValues authorization, StringValues apiKey)
    {
        var bearer = authorization.ToString();
        if (bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return bearer["Bearer ".Length..].Trim();
        }

        return StringValues.IsNullOrEmpty(apiKey) ? null : apiKey.ToString().Trim();
    }
}
