using System.Globalization;
using System.Text;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>
/// Strict verification of an incoming signed request (authentication.md §5), in the protocol's order: headers,
/// ±300 s, nonce, the sender's key from our registry, then the signature over the raw target and raw body bytes.
/// Failures answer the 401/502 codes of errors.md §3 in the envelope.
/// </summary>
public static class SignedRequests
{
    private const string CallerKey = "peer.caller";
    private const string BodyKey = "peer.body";
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(300);

    /// <summary>Maps a POST route that only runs for requests passing authentication.md §5.</summary>
    public static RouteHandlerBuilder MapSignedPost(this WebApplication app, PeerHost host, string pattern, Func<HttpContext, Task<IResult>> handler) =>
        app.MapPost(pattern, (Delegate)handler).RequireSignedRequest(host);

    /// <summary>Maps a POST route that only runs for requests passing authentication.md §5.</summary>
    public static RouteHandlerBuilder MapSignedPost(this WebApplication app, PeerHost host, string pattern, Func<HttpContext, IResult> handler) =>
        app.MapPost(pattern, (Delegate)handler).RequireSignedRequest(host);

    public static RouteHandlerBuilder RequireSignedRequest(this RouteHandlerBuilder route, PeerHost host) =>
        route.AddEndpointFilter(async (invocation, next) =>
            await AuthenticateAsync(invocation.HttpContext, host) is { } failure ? failure.ToResult() : await next(invocation));

    /// <summary>The authenticated sender (<c>X-OC-ID</c>) of a request that passed <see cref="RequireSignedRequest"/>.</summary>
    public static long CallerOcid(this HttpContext context) => (long)context.Items[CallerKey]!;

    /// <summary>The exact body bytes the signature covered.</summary>
    public static byte[] RawBody(this HttpContext context) => (byte[])context.Items[BodyKey]!;

    private static async Task<PeerError?> AuthenticateAsync(HttpContext context, PeerHost host)
    {
        var headers = context.Request.Headers;
        string ocidText = headers["X-OC-ID"].ToString(), timestampText = headers["X-OC-Timestamp"].ToString();
        string nonce = headers["X-OC-Nonce"].ToString(), signature = headers["X-OC-Signature"].ToString();
        if (!long.TryParse(ocidText, NumberStyles.None, CultureInfo.InvariantCulture, out var ocid)
            || !long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || nonce.Length == 0 || signature.Length == 0)
        {
            return Unauthorized("INVALID_SIGNATURE", "The X-OC-ID, X-OC-Timestamp, X-OC-Nonce and X-OC-Signature headers are required.");
        }
        if ((host.Time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Min(timestamp, 253402300799))).Duration() > Skew)
        {
            return Unauthorized("TIMESTAMP_EXPIRED", "X-OC-Timestamp is more than 300 seconds away from now.");
        }
        if (host.Nonces.HasSeen(ocid, nonce))
        {
            return Unauthorized("NONCE_REUSED", "This nonce was already used.");
        }
        var key = await host.Registry.PublicKeyOfAsync(ocid, context.RequestAborted);
        if (!key.IsKnown)
        {
            return Unauthorized("UNKNOWN_OCID", $"OCID {ocid} is not in the registry.");
        }
        if (key.PublicKey is null)
        {
            return new PeerError(StatusCodes.Status502BadGateway, "METADATA_UNAVAILABLE", $"The metadata of OCID {ocid} could not be read.");
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var canonical = CanonicalRequest.Build(ocidText, timestampText, nonce, context.Request.Method, target, BodyHash.Of(body.ToArray()));
        if (!PeerHost.Secp256k1.Verify(key.PublicKey, Encoding.UTF8.GetBytes(canonical), signature))
        {
            return Unauthorized("INVALID_SIGNATURE", "The request signature does not verify with the sender's published key.");
        }
        if (!host.Nonces.TryRecord(ocid, nonce))
        {
            return Unauthorized("NONCE_REUSED", "This nonce was already used.");
        }
        context.Items[CallerKey] = ocid;
        context.Items[BodyKey] = body.ToArray();
        return null;
    }

    private static PeerError Unauthorized(string code, string message) => new(StatusCodes.Status401Unauthorized, code, message);
}
