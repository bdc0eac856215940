using System.Text;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.MerchantActivity;

/// <summary>The verify-a-proof tool names the check that fails, runs the others, and shows the canonical JSON.</summary>
public sealed class ProofInspectorTests
{
    private const string User = "merchant-user";

    private readonly FakePeerDirectory _directory = new();
    private readonly ProofInspector _inspector;

    public ProofInspectorTests()
    {
        _directory.Publish(new Ocid(200), ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        var secp256k1 = new BouncyCastleSecp256k1();
        _inspector = new ProofInspector(_directory, new ProofVerifier(_directory, secp256k1), secp256k1, new OneClaim(new Ocid(9001)));
    }

    [Fact]
    public async Task InspectAsync_GoodProofAsExpected_PassesEveryCheck()
    {
        var inspection = await InspectAsync(new ProofBuilder(), new ProofExpectations("12.50", "USD", "ord_1"));

        Assert.True(inspection.IsValid);
        Assert.All(inspection.Checks, c => Assert.Equal(CheckOutcome.Passed, c.Outcome));
        Assert.StartsWith("{\"amount\":\"12.50\"", inspection.CanonicalJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_NotJson_FailsShapeAndChecksNothingElse()
    {
        var inspection = await _inspector.InspectAsync(User, "{not json", ProofExpectations.None, CancellationToken.None);

        Assert.Equal(ProofCheck.Shape, inspection.FirstFailure?.Check);
        Assert.All(inspection.Checks.Skip(1), c => Assert.Equal(CheckOutcome.NotChecked, c.Outcome));
        Assert.Null(inspection.CanonicalJson);
    }

    [Fact]
    public async Task InspectAsync_IssuerNotInRegistry_FailsIssuer()
    {
        var inspection = await InspectAsync(new ProofBuilder().IssuedBy(777), ProofExpectations.None);

        Assert.Equal(ProofCheck.Issuer, inspection.FirstFailure?.Check);
        Assert.Equal(ProofFinding.IssuerUnknown, inspection.FirstFailure!.Finding);
        Assert.Equal(CheckOutcome.NotChecked, Outcome(inspection, ProofCheck.Key));
    }

    [Fact]
    public async Task InspectAsync_IssuerMetadataUnreachable_FailsIssuer()
    {
        _directory.MakeUnavailable(new Ocid(200));

        var inspection = await InspectAsync(new ProofBuilder(), ProofExpectations.None);

        Assert.Equal(ProofCheck.Issuer, inspection.FirstFailure?.Check);
        Assert.Equal(ProofFinding.IssuerUnavailable, inspection.FirstFailure!.Finding);
    }

    [Fact]
    public async Task InspectAsync_SignedByAnotherKey_FailsKey()
    {
        var inspection = await InspectAsync(new ProofBuilder().SignedWith(ProofBuilder.OtherKey), ProofExpectations.None);

        Assert.Equal(ProofCheck.Key, inspection.FirstFailure?.Check);
        Assert.Equal(CheckOutcome.NotChecked, Outcome(inspection, ProofCheck.CanonicalBytes));
    }

    [Fact]
    public async Task InspectAsync_SignatureOverTheJsonAsWritten_FailsCanonicalBytesOnly()
    {
        const string written = """{ "txid": "pg_tx_9", "issuer": 200, "from": {"ocid": 200}, "to": {"ocid": 9001, "reference": "ord_1"}, "amount": "12.50", "currency": "USD", "timestamp": 1700000000 }""";
        var signature = new BouncyCastleSecp256k1().Sign(ProofBuilder.IssuerKey, Encoding.UTF8.GetBytes(written));

        var inspection = await _inspector.InspectAsync(User, written, signature, ProofExpectations.None, CancellationToken.None);

        Assert.Equal(ProofCheck.CanonicalBytes, inspection.FirstFailure?.Check);
        Assert.Equal(CheckOutcome.Passed, Outcome(inspection, ProofCheck.Key));
        Assert.Single(inspection.Checks, c => c.Outcome == CheckOutcome.Failed);
    }

    [Fact]
    public async Task InspectAsync_TamperedAmount_FailsKeyAndAmount()
    {
        var tampered = new ProofBuilder().TamperedAfterSigning(proof => proof["amount"] = "99.00");

        var inspection = await InspectAsync(tampered, new ProofExpectations("12.50", null, null));

        Assert.Equal(CheckOutcome.Failed, Outcome(inspection, ProofCheck.Key));
        Assert.Equal(CheckOutcome.Failed, Outcome(inspection, ProofCheck.Amount));
    }

    [Fact]
    public async Task InspectAsync_AmountWrittenDifferently_FailsAmountAsExactStrings()
    {
        var inspection = await InspectAsync(new ProofBuilder(), new ProofExpectations("12.5", "USD", null));

        Assert.Equal(ProofCheck.Amount, inspection.FirstFailure?.Check);
        Assert.Equal(CheckOutcome.Passed, Outcome(inspection, ProofCheck.Currency));
    }

    [Fact]
    public async Task InspectAsync_OtherCurrency_FailsCurrency()
    {
        var inspection = await InspectAsync(new ProofBuilder(), new ProofExpectations(null, "EUR", null));

        Assert.Equal(ProofCheck.Currency, inspection.FirstFailure?.Check);
        Assert.Equal(CheckOutcome.NotChecked, Outcome(inspection, ProofCheck.Amount));
    }

    [Fact]
    public async Task InspectAsync_PaysAnOcidNotClaimed_FailsTo()
    {
        var inspection = await InspectAsync(new ProofBuilder().To(9555, "ord_1"), ProofExpectations.None);

        Assert.Equal(ProofCheck.To, inspection.FirstFailure?.Check);
        Assert.Equal("9555", Assert.Single(inspection.FirstFailure!.Values));
    }

    [Fact]
    public async Task InspectAsync_OtherOrderReference_FailsTo()
    {
        var inspection = await InspectAsync(new ProofBuilder(), new ProofExpectations(null, null, "ord_2"));

        Assert.Equal(ProofCheck.To, inspection.FirstFailure?.Check);
    }

    [Fact]
    public async Task InspectAsync_ProofAndSignaturePastedSeparately_ReadsLikeTheEnvelope()
    {
        var envelope = JsonNode.Parse(new ProofBuilder().Build())!;

        var inspection = await _inspector.InspectAsync(
            User, envelope["proof"]!.ToJsonString(), envelope["signature"]!.GetValue<string>(), ProofExpectations.None, CancellationToken.None);

        Assert.True(inspection.IsValid);
    }

    private Task<ProofInspection> InspectAsync(ProofBuilder proof, ProofExpectations expected) =>
        _inspector.InspectAsync(User, Encoding.UTF8.GetString(proof.Build()), expected, CancellationToken.None);

    private static CheckOutcome Outcome(ProofInspection inspection, ProofCheck check) => inspection.Checks.Single(c => c.Check == check).Outcome;

    private sealed class OneClaim(Ocid owned) : IMerchantClaims
    {
        public Task<IReadOnlyList<Ocid>> OwnedByAsync(string userId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Ocid>>(userId == User ? [owned] : []);

        public Task<bool> OwnsAsync(string userId, Ocid ocid, CancellationToken cancellationToken) => Task.FromResult(userId == User && ocid == owned);

        public Task AddAsync(MerchantClaim claim, CancellationToken cancellationToken) => throw new NotSupportedException("The inspector only reads claims.");
    }
}
