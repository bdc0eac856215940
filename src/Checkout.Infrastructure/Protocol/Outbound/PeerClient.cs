using System.Net.Http.Headers;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Network;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

/// <summary>
/// Signed calls to a peer's protocol endpoints. The address always comes from the peer's registry metadata, never
/// from a URL the peer handed us (endpoints.md C7). An answer over <see cref="BoundedBody.MaxBytes"/> throws
/// <see cref="ResponseTooLargeException"/>, an <see cref="HttpRequestException"/> like any unreachable peer.
/// </summary>
public sealed class PeerClient(HttpClient http, IPeerDirectory peers)
{
    public const string HttpClientName = "opencharge-peer";

    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// POSTs JSON bytes (already serialised: they are what gets signed) to <c>{endpoint}{path}</c>, with an
    /// <c>Idempotency-Key</c> header when one is given.
    /// </summary>
    public async Task<PeerCallResult> PostJsonAsync(Ocid peer, string path, byte[] json, CancellationToken cancellationToken, string? idempotencyKey = null)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await SendAsync(peer, HttpMethod.Post, path, content, idempotencyKey, cancellationToken);
    }

    /// <summary>A signed GET without a body (gaps.md G24: we sign even where the peer does not require it).</summary>
    public Task<PeerCallResult> GetAsync(Ocid peer, string path, CancellationToken cancellationToken) =>
        SendAsync(peer, HttpMethod.Get, path, null, null, cancellationToken);

    private async Task<PeerCallResult> SendAsync(Ocid peer, HttpMethod method, string path, HttpContent? content, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (await peers.FindAsync(peer, refresh: false, cancellationToken) is not PeerLookup.Found found)
        {
            content?.Dispose();
            return PeerCallResult.Unresolved($"OCID {peer} could not be resolved to metadata.");
        }
        using var request = new HttpRequestMessage(method, found.Metadata.Endpoint + path) { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, idempotencyKey);
        }
        request.Options.Set(RequestSigningHandler.ExpectedResponderKey, peer);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var body = await BoundedBody.ReadAsync(response.Content, cancellationToken);
        request.Options.TryGetValue(RequestSigningHandler.SignatureStatusKey, out var signature);
        return PeerCallResult.Answered((int)response.StatusCode, body, signature);
    }
}
