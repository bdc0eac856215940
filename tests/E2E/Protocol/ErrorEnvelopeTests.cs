namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>Bad input under /opencharge always gets the envelope, signed, never HTML.</summary>
[Collection(GatewayCollection.Name)]
public sealed class ErrorEnvelopeTests(GatewayWithPeersFixture gateway)
{
    [Fact]
    public async Task UnknownRoute_Returns404Envelope()
    {
        var response = await gateway.SendAsync(new HttpRequestMessage(HttpMethod.Get, gateway.Url("/opencharge/no/such/endpoint")));

        Assert.Equal(404, response.Status);
        Assert.Equal("NOT_FOUND", response.ErrorCode());
        Assert.True(response.SignatureVerifies);
    }

    [Fact]
    public async Task WrongMethod_Returns405Envelope()
    {
        var response = await gateway.SendAsync(new HttpRequestMessage(HttpMethod.Delete, gateway.Url("/opencharge/metadata.json")));

        Assert.Equal(405, response.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", response.ErrorCode());
        Assert.True(response.SignatureVerifies);
    }

    [Fact]
    public async Task OversizedBody_Returns413Envelope()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, gateway.Url("/opencharge/capabilities"))
        {
            Content = new ByteArrayContent(new byte[300 * 1024]),
        };
        request.Content.Headers.ContentType = new("application/json");

        var response = await gateway.SendAsync(request);

        Assert.Equal(413, response.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", response.ErrorCode());
        Assert.True(response.SignatureVerifies);
    }
}
