namespace OpenCharge.Checkout.E2E.Protocol.NegativeVectors;

/// <summary>
/// What a stream of forged requests from a real OCID makes the gateway do, measured at the peer: its metadata is
/// fetched once when first needed and then at most once per refresh interval (60 s), not once per forgery.
/// </summary>
[Collection(NegativeVectorCollection.Name)]
public sealed class ForgedRequestCostTests(NegativeVectorFixture fixture)
{
    [Fact]
    public async Task SignedEndpoint_ManyGarbageSignaturesFromKnownOcid_FetchTheMetadataOnce()
    {
        var peer = fixture.Counted;
        var before = peer.MetadataFetches;

        for (var i = 0; i < 40; i++)
        {
            var forged = SignedParts.Create(peer, "GET", "/opencharge/capabilities", null, DateTimeOffset.UtcNow).SignedWith(fixture.Peers.Unregistered.PrivateKey);
            var response = await fixture.SendAsync(forged);
            Assert.Equal(401, response.Status);
        }

        Assert.Equal(1, peer.MetadataFetches - before);
    }
}
