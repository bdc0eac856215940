using System.Text;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.BenchSupport;

/// <summary>Checks a response's <c>X-OC-*</c> headers against the app's published key (authentication.md §4).</summary>
public static class ResponseSignature
{
    /// <summary>False when a header is missing or the signature does not cover these exact bytes and this status.</summary>
    public static bool Verifies(HttpResponseMessage response, byte[] body, string publicKey)
    {
        if (Header(response, OutboundHeaders.Ocid) is not { } ocid
            || Header(response, OutboundHeaders.Timestamp) is not { } timestamp
            || Header(response, OutboundHeaders.Signature) is not { } signature)
        {
            return false;
        }
        var canonical = CanonicalResponse.Build(ocid, timestamp, (int)response.StatusCode, BodyHash.Of(body));
        return BenchPeer.Secp256k1.Verify(publicKey, Encoding.UTF8.GetBytes(canonical), signature);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
