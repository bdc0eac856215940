using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>
/// The canonical strings a peer may have signed for one request. gaps.md G1: the raw body bytes, else the compact
/// re-serialisation (or "{}" for an empty body); G5: the full request-target, then without query, then relative to
/// our base path (with and without query). <see cref="Strict"/> is the spec's form; the lenient forms are built only
/// when it fails, and a form whose string equals an earlier one is left out, so it never costs a second verify.
/// </summary>
internal sealed class SignedRequestVariants(SignedRequest request, string basePath)
{
    /// <summary>The form number of the strict string: raw body, exact request-target.</summary>
    public const int StrictForm = 0;

    private const int PathForms = 4;

    public CanonicalVariant Strict { get; } = new(StrictForm, Build(request, request.RequestTarget, BodyHash.Of(request.Body.Span)));

    /// <summary>
    /// The peer's preferred form first (the one it signed last time), then the strict form, then the other lenient
    /// forms. Lazy: a caller that stops at the strict form never builds the lenient strings.
    /// </summary>
    public IEnumerable<CanonicalVariant> InOrder(int preferredForm)
    {
        var lenient = preferredForm == StrictForm ? null : Lenient();
        if (lenient?.FirstOrDefault(v => v.Form == preferredForm) is { } preferred)
        {
            yield return preferred;
        }
        yield return Strict;
        foreach (var variant in lenient ?? Lenient())
        {
            if (variant.Form != preferredForm)
            {
                yield return variant;
            }
        }
    }

    /// <summary>Every distinct lenient string, each tagged with a form number that means the same on every request.</summary>
    private IReadOnlyList<CanonicalVariant> Lenient()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { Strict.Message };
        var variants = new List<CanonicalVariant>();
        var bodyHashes = BodyHashes(request.Body);
        var paths = Paths(request.RequestTarget, basePath);
        for (var b = 0; b < bodyHashes.Count; b++)
        {
            for (var p = 0; p < paths.Count; p++)
            {
                if (paths[p] is { } path && bodyHashes[b] is { } bodyHash)
                {
                    var message = Build(request, path, bodyHash);
                    if (seen.Add(message))
                    {
                        variants.Add(new CanonicalVariant((b * PathForms) + p, message));
                    }
                }
            }
        }
        return variants;
    }

    private static string Build(SignedRequest request, string path, string bodyHash) =>
        CanonicalRequest.Build(request.Ocid!, request.Timestamp!, request.Nonce!, request.Method, path, bodyHash);

    /// <summary>Raw bytes first; second the compact form of a JSON body, or "{}" for an empty one (null when neither).</summary>
    private static IReadOnlyList<string?> BodyHashes(ReadOnlyMemory<byte> body)
    {
        var raw = BodyHash.Of(body.Span);
        if (body.IsEmpty)
        {
            return [raw, BodyHash.EmptyObject];
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            return [raw, BodyHash.Of(Encoding.UTF8.GetBytes(CanonicalJson.Compact(document.RootElement)))];
        }
        catch (JsonException)
        {
            // Not JSON: only the raw bytes can have been signed.
            return [raw, null];
        }
    }

    /// <summary>Always four slots, so a form number keeps its meaning; a slot that does not apply is null.</summary>
    private static IReadOnlyList<string?> Paths(string requestTarget, string basePath)
    {
        var queryStart = requestTarget.IndexOf('?', StringComparison.Ordinal);
        var withoutQuery = queryStart < 0 ? requestTarget : requestTarget[..queryStart];
        var underBase = requestTarget.StartsWith(basePath + "/", StringComparison.Ordinal);
        return [requestTarget, withoutQuery, underBase ? requestTarget[basePath.Length..] : null, underBase ? withoutQuery[basePath.Length..] : null];
    }
}
