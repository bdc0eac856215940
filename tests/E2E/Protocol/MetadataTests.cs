using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.E2E.Protocol;

[Collection(GatewayCollection.Name)]
public sealed class MetadataTests(GatewayWithPeersFixture gateway)
{
    [Fact]
    public async Task Metadata_ConfigSignature_VerifiesWithIndependentLibrary()
    {
        using var response = await gateway.Http.GetAsync(gateway.Url("/opencharge/metadata.json"));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        var config = root.GetProperty("config");

        var verifies = IndependentVerifier.Verify(
            config.GetProperty("publicKey").GetString()!,
            Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(config)),
            root.GetProperty("signature").GetString()!);

        Assert.True(verifies);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Metadata_WithUnreadableFormBody_IsStillServed()
    {
        // Found by bench/fuzz.sh: MVC's form value providers threw on a key like "a[b" before the action ran.
        using var request = new HttpRequestMessage(HttpMethod.Get, gateway.Url("/opencharge/metadata.json"))
        {
            Content = new ByteArrayContent("a[b=1&\u0001[=2"u8.ToArray())
            {
                Headers = { ContentType = new("application/x-www-form-urlencoded") },
            },
        };

        using var response = await gateway.Http.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.True(response.Headers.Contains("X-OC-Signature"));
    }

    [Fact]
    public async Task Metadata_Document_PublishesProtocolFieldsExactly()
    {
        using var document = JsonDocument.Parse(await gateway.Http.GetStringAsync(gateway.Url("/opencharge/metadata.json")));
        var root = document.RootElement;
        var config = root.GetProperty("config");

        Assert.Equal("0.1", root.GetProperty("opencharge").GetString());
        Assert.Equal(gateway.Gateway.BaseUrl + "/opencharge", config.GetProperty("endpoint").GetString());
        Assert.Equal(["checkout.create", "orders.create.session", "transfer.create", "transfer.webhook", "verify.txid", "orders.status"], config.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.Matches("^[0-9a-f]{128}$", config.GetProperty("publicKey").GetString()!);
        Assert.Matches("^[0-9a-f]{128}1[bc]$", root.GetProperty("signature").GetString()!);
    }

    [Fact]
    public async Task Metadata_Response_IsSignedAndNeedsNoAuthentication()
    {
        var response = await gateway.SendAsync(new HttpRequestMessage(HttpMethod.Get, gateway.Url("/opencharge/metadata.json")));

        Assert.Equal(200, response.Status);
        Assert.True(response.SignatureVerifies);
        Assert.Equal("200", response.ResponderOcid);
    }
}
