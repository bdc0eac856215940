using System.Text.Json;

using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Protocol.NegativeVectors;

/// <summary>
/// authentication.md §5 and errors.md §3 over real HTTP: every broken request is refused with its code in the
/// signed envelope, and the positive controls beside them pass.
/// </summary>
[Collection(NegativeVectorCollection.Name)]
public sealed class InboundNegativeVectorTests(NegativeVectorFixture fixture)
{
    public static TheoryData<string> Vectors => InboundVectors.Names;

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task SignedEndpoint_Vector_AnswersItsStatusAndCodeInTheSignedEnvelope(string vector)
    {
        var expected = InboundVectors.All[vector];

        var response = await fixture.SendAsync(expected.Build(fixture.Peers));

        Assert.True(expected.Status == response.Status, $"{vector}: expected {expected.Status}, got {response}");
        Assert.True(response.SignatureVerifies, $"{vector}: the answer must be signed: {response}");
        if (expected.Code is { } code)
        {
            AssertEnvelope(response, code);
        }
    }

    [Fact]
    public async Task SignedEndpoint_ReplayedRequest_AnswersNonceReused()
    {
        var parts = Capabilities(fixture.Peers.Signer);
        var first = await fixture.SendAsync(parts);

        var replay = await fixture.SendAsync(parts);

        Assert.Equal(200, first.Status);
        AssertRefused(replay, "NONCE_REUSED");
    }

    [Fact]
    public async Task SignedEndpoint_ReplayAfterRestart_AnswersNonceReused()
    {
        var parts = Capabilities(fixture.Peers.Signer);
        var first = await fixture.SendAsync(parts);
        await fixture.Gateway.RestartAsync();

        var replay = await fixture.SendAsync(parts);

        Assert.Equal(200, first.Status);
        AssertRefused(replay, "NONCE_REUSED");
    }

    [Fact]
    public async Task SignedEndpoint_SameNonceRelabelledWithAnotherOcid_AnswersInvalidSignature()
    {
        var parts = Capabilities(fixture.Peers.Signer);
        await fixture.SendAsync(parts);

        var relabelled = await fixture.SendAsync(parts with { Ocid = fixture.Peers.OtherRegistered.Ocid.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        AssertRefused(relabelled, "INVALID_SIGNATURE");
    }

    [Fact]
    public async Task SignedEndpoint_SameNonceSignedByAnotherOcid_IsThatOcidsOwnNonce()
    {
        var parts = Capabilities(fixture.Peers.Signer);
        await fixture.SendAsync(parts);
        var other = fixture.Peers.OtherRegistered;

        var response = await fixture.SendAsync((parts with { Ocid = other.Ocid.ToString(System.Globalization.CultureInfo.InvariantCulture) }).SignedWith(other.PrivateKey));

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public void Vectors_Catalogue_HasAtLeast200RefusalCases()
    {
        var refusals = InboundVectors.All.Values.Count(v => v.Code is not null);

        Assert.True(refusals >= 200, $"only {refusals} refusal vectors");
    }

    private static SignedParts Capabilities(TestPeer peer) =>
        SignedParts.Create(peer, "GET", "/opencharge/capabilities", null, DateTimeOffset.UtcNow);

    private static void AssertRefused(GatewayResponse response, string code)
    {
        Assert.Equal(401, response.Status);
        Assert.True(response.SignatureVerifies, $"the answer must be signed: {response}");
        AssertEnvelope(response, code);
    }

    /// <summary>errors.md §1: exactly <c>{"error":{"code","message","details"?}}</c>, nothing else at the top.</summary>
    private static void AssertEnvelope(GatewayResponse response, string code)
    {
        using var document = JsonDocument.Parse(response.Body);
        var root = document.RootElement;
        Assert.Equal(["error"], root.EnumerateObject().Select(p => p.Name));
        var error = root.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), $"message missing: {response}");
        Assert.All(error.EnumerateObject(), p => Assert.Contains(p.Name, new[] { "code", "message", "details" }));
    }
}
