using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Network;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

/// <summary>
/// Signs every outbound protocol request over exactly the bytes it sends, and checks the peer's response signature
/// when there is one. The outcome travels on the response's request options as <see cref="SignatureStatusKey"/>.
/// </summary>
internal sealed class RequestSigningHandler(
    IProtocolSigner signer,
    IPeerDirectory peers,
    ISecp256k1 secp256k1,
    TimeProvider time,
    ILogger<RequestSigningHandler> logger) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<ResponseSignatureStatus> SignatureStatusKey = new("opencharge.response-signature");

    /// <summary>Set by callers that know whom they called: a response signed by any other OCID does not count.</summary>
    public static readonly HttpRequestOptionsKey<Ocid> ExpectedResponderKey = new("opencharge.expected-responder");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        if (request.Content is not null)
        {
            // Replace the content with the very bytes we hash, so a lazily serialised body cannot differ from them.
            request.Content = WithBytes(request.Content, body);
        }
        Sign(request, body);

        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            request.Options.Set(SignatureStatusKey, await CheckResponseSignatureAsync(response, cancellationToken));
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private void Sign(HttpRequestMessage request, byte[] body)
    {
        var ocid = signer.Ocid.ToString();
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = "req_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var canonical = CanonicalRequest.Build(ocid, timestamp, nonce, request.Method.Method, request.RequestUri!.PathAndQuery, BodyHash.Of(body));

        SetHeader(request.Headers, OutboundHeaders.Ocid, ocid);
        SetHeader(request.Headers, OutboundHeaders.Timestamp, timestamp);
        SetHeader(request.Headers, OutboundHeaders.Nonce, nonce);
        SetHeader(request.Headers, OutboundHeaders.Signature, signer.Sign(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>
    /// Ordered like inbound authentication: a stale timestamp or an undecodable signature costs no verify, the body is
    /// read within <see cref="BoundedBody.MaxBytes"/>, and a forced refresh is verified again only if the key changed.
    /// </summary>
    private async Task<ResponseSignatureStatus> CheckResponseSignatureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var signature = Header(response, OutboundHeaders.Signature);
        var timestamp = Header(response, OutboundHeaders.Timestamp);
        var ocid = Header(response, OutboundHeaders.Ocid);
        if (signature is null || timestamp is null || !Ocid.TryParse(ocid, out var responder))
        {
            return ResponseSignatureStatus.Absent;
        }

        if (response.RequestMessage?.Options.TryGetValue(ExpectedResponderKey, out var expected) == true && expected != responder)
        {
            logger.LogWarning("Response from {Url} is signed as OCID {Responder}, not the OCID {Expected} we called", response.RequestMessage.RequestUri, responder, expected);
            return ResponseSignatureStatus.Invalid;
        }
        if (!IsFresh(timestamp) || !secp256k1.CanVerify(signature))
        {
            logger.LogWarning("Response from OCID {Ocid} carries a stale timestamp or a malformed signature", responder);
            return ResponseSignatureStatus.Invalid;
        }
        var body = await BoundedBody.ReadAsync(response.Content, cancellationToken);
        response.Content = WithBytes(response.Content, body);
        var canonical = Encoding.UTF8.GetBytes(CanonicalResponse.Build(ocid!, timestamp, (int)response.StatusCode, BodyHash.Of(body)));

        string? triedKey = null;
        foreach (var refresh in new[] { false, true })
        {
            if (await peers.FindAsync(responder, refresh, cancellationToken) is PeerLookup.Found found && found.Metadata.PublicKey != triedKey)
            {
                triedKey = found.Metadata.PublicKey;
                if (secp256k1.VerifyByPeer(found.Metadata, canonical, signature))
                {
                    return ResponseSignatureStatus.Verified;
                }
            }
        }
        logger.LogWarning("Response from OCID {Ocid} to {Url} carries a signature that does not verify", responder, response.RequestMessage?.RequestUri);
        return ResponseSignatureStatus.Invalid;
    }

    /// <summary>authentication.md §4 names no window for responses; we apply the request window, so an old signed answer cannot be replayed.</summary>
    private bool IsFresh(string timestamp)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        return long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= now - RequestAuthenticator.TimestampToleranceSeconds
            && seconds <= now + RequestAuthenticator.TimestampToleranceSeconds;
    }

    /// <summary>The same content headers over bytes already in hand; the original content is disposed.</summary>
    private static ByteArrayContent WithBytes(HttpContent original, byte[] body)
    {
        var content = new ByteArrayContent(body);
        foreach (var header in original.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        original.Dispose();
        return content;
    }

    private static void SetHeader(HttpRequestHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
