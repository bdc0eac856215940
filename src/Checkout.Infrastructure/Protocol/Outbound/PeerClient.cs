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

    /// <summary>POSTs JSON bytes (already serialised: they are what gets signed) to <c>{endpoint}{path}</c>.</summary>
    public async Task<PeerCallResult> PostJsonAsync(Ocid peer, string path, byte[] json, CancellationToken cancellationToken)
    {
        if (await peers.FindAsync(peer, refresh: false, cancellationToken) is not PeerLookup.Found found)
        {
            return PeerCallResult.Unresolved($"OCID {peer} could not be resolved to metadata.");
        }
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, found.Metadata.Endpoint + path) { Content = content };
        request.Options.Set(RequestSigningHandler.ExpectedResponderKey, peer);
        return await SendAsync(request, cancellationToken);
    }

    private async Task<PeerCallResult> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var body = await BoundedBody.ReadAsync(response.Content, cancellationToken);
        request.Options.TryGetValue(RequestSigningHandler.SignatureStatusKey, out var signature);
        return PeerCallResult.Answered((int)response.StatusCode, body, signature);
    }
}
