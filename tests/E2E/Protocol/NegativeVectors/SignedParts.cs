using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.E2E.Protocol.NegativeVectors;

/// <summary>
/// Every part of a signed request as raw strings, so a vector can break any one of them after signing: a null
/// header is left out, <see cref="Repeated"/> sends a header twice.
/// </summary>
public sealed record SignedParts(string Method, string Target, byte[] Body, string? Ocid, string? Timestamp, string? Nonce, string? Signature)
{
    public IReadOnlyList<string> Repeated { get; init; } = [];

    public static SignedParts Create(TestPeer peer, string method, string target, string? body, DateTimeOffset at) =>
        new SignedParts(
            method,
            target,
            body is null ? [] : Encoding.UTF8.GetBytes(body),
            peer.Ocid.ToString(CultureInfo.InvariantCulture),
            at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            "req_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            null).SignedWith(peer.PrivateKey);

    /// <summary>Signs the current headers, method and target (or the ones given, to sign something other than what is sent).</summary>
    public SignedParts SignedWith(byte[] privateKey, string? signedMethod = null, string? signedTarget = null)
    {
        var canonical = CanonicalRequest.Build(Ocid!, Timestamp!, Nonce!, signedMethod ?? Method, signedTarget ?? Target, BodyHash.Of(Body));
        return this with { Signature = PeerHost.Secp256k1.Sign(privateKey, Encoding.UTF8.GetBytes(canonical)) };
    }

    public HttpRequestMessage ToRequest(string baseUrl)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), baseUrl + Target);
        if (Body.Length > 0 || Method == "POST")
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        Add(request, "X-OC-ID", Ocid);
        Add(request, "X-OC-Timestamp", Timestamp);
        Add(request, "X-OC-Nonce", Nonce);
        Add(request, "X-OC-Signature", Signature);
        return request;
    }

    private void Add(HttpRequestMessage request, string name, string? value)
    {
        if (value is null)
        {
            return;
        }
        request.Headers.TryAddWithoutValidation(name, value);
        if (Repeated.Contains(name))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
