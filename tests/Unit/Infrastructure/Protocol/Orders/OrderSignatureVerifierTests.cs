using System.Text.Json;

using Microsoft.Extensions.Logging.Abstractions;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Infrastructure.Protocol.Orders;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Orders;

public sealed class OrderSignatureVerifierTests
{
    private static readonly Ocid Merchant = new(500);

    private readonly FakePeerDirectory _peers = new();
    private readonly CountingSecp256k1 _secp = new();
    private readonly JsonElement _order = JsonDocument.Parse(AuthenticationVectors.Order.Input).RootElement;

    public OrderSignatureVerifierTests()
    {
        _peers.Publish(Merchant, TestKeys.PublicKeyOf(TestKeys.Peer));
    }

    [Fact]
    public async Task VerifyAsync_SignedByMerchant_VerifiesWithOneVerify()
    {
        var verification = await Verifier().VerifyAsync(Merchant, _order, AuthenticationVectors.Order.Signature, CancellationToken.None);

        Assert.Equal((Merchant, 1), (verification.Merchant!.Ocid, _secp.Verifies));
    }

    [Fact]
    public async Task VerifyAsync_GarbageSignatureAndUnchangedKey_CostsOneVerifyPerFormOnly()
    {
        var garbage = TestKeys.Sign(TestKeys.Peer, "garbage");

        var verification = await Verifier().VerifyAsync(Merchant, _order, garbage, CancellationToken.None);

        Assert.Equal((OrderVerificationFailure.InvalidSignature, 2), (verification.Failure, _secp.Verifies));
    }

    [Fact]
    public async Task VerifyAsync_UndecodableSignature_CostsNoVerifyAndNoRefresh()
    {
        var verification = await Verifier().VerifyAsync(Merchant, _order, "zz", CancellationToken.None);

        Assert.Equal((OrderVerificationFailure.InvalidSignature, 0, 0), (verification.Failure, _secp.Verifies, _peers.Refreshes));
    }

    [Fact]
    public async Task VerifyAsync_MerchantRotatedKey_VerifiesWithTheRefreshedKey()
    {
        _peers.PublishOnRefresh(Merchant, TestKeys.PublicKeyOf(TestKeys.Other));
        var signature = TestKeys.Sign(TestKeys.Other, CanonicalJson.Canonicalize(_order));

        var verification = await Verifier().VerifyAsync(Merchant, _order, signature, CancellationToken.None);

        Assert.NotNull(verification.Merchant);
    }

    private OrderSignatureVerifier Verifier() => new(_peers, _secp, NullLogger<OrderSignatureVerifier>.Instance);
}
