using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Outbound;

/// <summary>A peer's answer as raw parts; a null header is left out.</summary>
internal sealed record ResponseParts(int Status, byte[] Body, string? Ocid, string? Timestamp, string? Signature)
{
    public ResponseParts SignedWith(byte[] privateKey) =>
        this with { Signature = TestKeys.Sign(privateKey, CanonicalResponse.Build(Ocid!, Timestamp!, Status, BodyHash.Of(Body))) };

    public HttpResponseMessage ToResponse()
    {
        var response = new HttpResponseMessage((System.Net.HttpStatusCode)Status) { Content = new ByteArrayContent(Body) };
        Add(response, OutboundHeaders.Ocid, Ocid);
        Add(response, OutboundHeaders.Timestamp, Timestamp);
        Add(response, OutboundHeaders.Signature, Signature);
        return response;
    }

    private static void Add(HttpResponseMessage response, string name, string? value)
    {
        if (value is not null)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
