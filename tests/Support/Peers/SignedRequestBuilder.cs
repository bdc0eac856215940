using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>
/// A request signed by <paramref name="host"/> the way authentication.md §3 says, sending exactly the bytes it
/// hashed; the knobs break one part each, for tests of a verifier's refusals.
/// </summary>
public sealed class SignedRequestBuilder(PeerHost host, HttpMethod method, string url, string? body)
{
    private DateTimeOffset _timestamp = host.Time.GetUtcNow();
    private string _nonce = "req_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    private byte[]? _signingKey;
    private bool _tamperSignature;

    public SignedRequestBuilder At(DateTimeOffset timestamp)
    {
        _timestamp = timestamp;
        return this;
    }

    public SignedRequestBuilder WithNonce(string nonce)
    {
        _nonce = nonce;
        return this;
    }

    /// <summary>Signs with another key than the sender's own, as an impostor claiming its OCID would.</summary>
    public SignedRequestBuilder SignedWith(byte[] privateKey)
    {
        _signingKey = privateKey;
        return this;
    }

    public SignedRequestBuilder WithTamperedSignature()
    {
        _tamperSignature = true;
        return this;
    }

    public HttpRequestMessage Build()
    {
        var uri = new Uri(url);
        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var ocid = host.Ocid.ToString(CultureInfo.InvariantCulture);
        var timestamp = _timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var canonical = CanonicalRequest.Build(ocid, timestamp, _nonce, method.Method, uri.PathAndQuery, BodyHash.Of(bytes));
        var signature = PeerHost.Secp256k1.Sign(_signingKey ?? host.PrivateKey, Encoding.UTF8.GetBytes(canonical));
        if (_tamperSignature)
        {
            signature = (signature[0] == '0' ? "1" : "0") + signature[1..];
        }

        var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new("application/json");
        }
        request.Headers.Add("X-OC-ID", ocid);
        request.Headers.Add("X-OC-Timestamp", timestamp);
        request.Headers.Add("X-OC-Nonce", _nonce);
        request.Headers.Add("X-OC-Signature", signature);
        return request;
    }
}
