using System.Text.Json;

using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>
/// The canonical strings a peer may have signed for one request, strict form first. gaps.md G1: raw body bytes, then
/// the compact re-serialisation, then "{}" for an empty body; G5: the full request-target, then without query, then
/// relative to our base path (with and without query).
/// </summary>
internal static class SignedRequestVariants
{
    public static IReadOnlyList<string> CanonicalMessages(SignedRequest request, string basePath)
    {
        var messages = new List<string>();
        foreach (var bodyHash in BodyHashes(request.Body.Span))
        {
            foreach (var path in Paths(request.RequestTarget, basePath))
            {
                var message = CanonicalRequest.Build(request.Ocid!, request.Timestamp!, request.Nonce!, request.Method, path, bodyHash);
                if (!messages.Contains(message))
                {
                    messages.Add(message);
                }
            }
        }
        return messages;
    }

    private static IEnumerable<string> BodyHashes(ReadOnlySpan<byte> body)
    {
        var hashes = new List<string> { BodyHash.Of(body) };
        if (body.IsEmpty)
        {
            hashes.Add(BodyHash.EmptyObject);
            return hashes;
        }
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            hashes.Add(BodyHash.Of(System.Text.Encoding.UTF8.GetBytes(CanonicalJson.Compact(document.RootElement))));
        }
        catch (JsonException)
        {
            // Not JSON: only the raw bytes can have been signed.
        }
        return hashes;
    }

    private static IEnumerable<string> Paths(string requestTarget, string basePath)
    {
        var queryStart = requestTarget.IndexOf('?', StringComparison.Ordinal);
        var withoutQuery = queryStart < 0 ? requestTarget : requestTarget[..queryStart];
        yield return requestTarget;
        yield return withoutQuery;
        if (requestTarget.StartsWith(basePath + "/", StringComparison.Ordinal))
        {
            yield return requestTarget[basePath.Length..];
            yield return withoutQuery[basePath.Length..];
        }
    }
}
