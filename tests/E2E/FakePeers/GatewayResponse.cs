using System.Globalization;
using System.Text;

using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.E2E.FakePeers;

/// <summary>A gateway response read the way a peer reads it: status, body bytes and the checked response signature.</summary>
public sealed record GatewayResponse(int Status, string Body, bool SignatureVerifies, string? ResponderOcid)
{
    public static async Task<GatewayResponse> ReadAsync(HttpResponseMessage response, string gatewayPublicKey)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ocid = Header(response, "X-OC-ID");
        var timestamp = Header(response, "X-OC-Timestamp");
        var signature = Header(response, "X-OC-Signature");
        var verifies = ocid is not null && timestamp is not null && signature is not null
            && IndependentVerifier.Verify(
                gatewayPublicKey,
                Encoding.UTF8.GetBytes(CanonicalResponse.Build(ocid, timestamp, (int)response.StatusCode, BodyHash.Of(bytes))),
                signature);
        return new GatewayResponse((int)response.StatusCode, Encoding.UTF8.GetString(bytes), verifies, ocid);
    }

    public string ErrorCode()
    {
        using var document = System.Text.Json.JsonDocument.Parse(Body);
        return document.RootElement.GetProperty("error").GetProperty("code").GetString()!;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Status} {Body}");
}
