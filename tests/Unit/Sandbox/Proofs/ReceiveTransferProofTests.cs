using System.Text;
using System.Text.Json;

using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Proofs;
using OpenCharge.Checkout.Sandbox.Webhooks;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Proofs;

public sealed class ReceiveTransferProofTests
{
    private static readonly Ocid PaymentGateway = new(200);
    private static readonly Ocid Merchant = new(9001);
    private static readonly Ocid DemoGateway = new(9000);

    private static readonly byte[] DemoGatewayKey = Convert.FromHexString("3333333333333333333333333333333333333333333333333333333333333333");

    private static readonly ProofPolicy GatewayPolicy = new(new HashSet<Ocid> { PaymentGateway }, new HashSet<Ocid> { Merchant, DemoGateway }, ReferenceMayBeSession: true);
    private static readonly ProofPolicy StorePolicy = new(new HashSet<Ocid> { PaymentGateway }, new HashSet<Ocid> { Merchant }, ReferenceMayBeSession: false);

    private readonly FakePeerDirectory _peers = new();
    private readonly MemoryDemoOrderBook _orders = new();
    private readonly DemoOrderNotifications _notifications = new();

    public ReceiveTransferProofTests()
    {
        _peers.Publish(PaymentGateway, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        _orders.Add("ord_1", "12.50", "USD", sessionId: "sess_1");
    }

    [Fact]
    public async Task Handle_ValidProofAtTheStore_AcceptsAndMarksPaid()
    {
        var answer = await HandleAsync(new ProofBuilder().Build(), policy: StorePolicy, receiver: SandboxPeer.Store);

        var accepted = Assert.IsType<WebhookAnswer.Accepted>(answer);
        Assert.Equal("pg_tx_1", accepted.AcceptedTxid);
        Assert.True(_orders.IsPaid("ord_1"));
    }

    [Fact]
    public async Task Handle_ValidProofAtTheGateway_AcceptsAndOwesTheStoreItsOwnProofWithoutMarkingPaid()
    {
        var answer = await HandleAsync(new ProofBuilder().Build());

        Assert.IsType<WebhookAnswer.Accepted>(answer);
        Assert.NotNull(_orders.ForwardFor("ord_1"));
        Assert.False(_orders.IsPaid("ord_1"));
    }

    [Fact]
    public async Task Handle_ProofToTheGatewayNamingTheSession_ForwardsProofFromDemoGatewayToStoreAndOrder()
    {
        await HandleAsync(new ProofBuilder().To(9000, "sess_1").Build());

        var forward = _orders.ForwardFor("ord_1")!;
        var proof = forward.Proof;
        Assert.Equal((DemoGateway, Merchant, "ord_1"), (proof.Issuer, proof.To.Ocid, proof.To.Reference));
        Assert.Equal((PaymentGateway, "pay_42"), (proof.From.Ocid, proof.From.Reference));
        Assert.Equal(("12.50", "USD"), (proof.Amount, proof.Currency));
        Assert.True(new BouncyCastleSecp256k1().Verify(
            ProofBuilder.PublicKeyOf(DemoGatewayKey), CanonicalJson.CanonicalBytes(JsonDocument.Parse(forward.EnvelopeJson).RootElement.GetProperty("proof")), forward.Signature));
    }

    [Fact]
    public async Task Handle_ProofWithoutFrom_RefusesWithInvalidProof()
    {
        var answer = await HandleAsync(new ProofBuilder().TamperedAfterSigning(proof => proof.Remove("from")).Build());

        AssertRefused(answer, 400, "INVALID_PROOF");
    }

    [Fact]
    public async Task Handle_SameProofDeliveredTwice_AcceptsBothAndRecordsOnce()
    {
        var body = new ProofBuilder().Build();
        await HandleAsync(body);

        var again = await HandleAsync(body);

        Assert.IsType<WebhookAnswer.Accepted>(again);
        Assert.Equal(1, _orders.RecordedCount);
    }

    [Fact]
    public async Task Handle_SameTxidFromAnotherIssuer_IsNotTreatedAsDuplicate()
    {
        var other = new Ocid(201);
        _peers.Publish(other, ProofBuilder.PublicKeyOf(ProofBuilder.OtherKey));
        var policy = GatewayPolicy with { AcceptedIssuers = new HashSet<Ocid> { PaymentGateway, other } };
        await HandleAsync(new ProofBuilder().Build(), policy: policy);

        var answer = await HandleAsync(new ProofBuilder().IssuedBy(201).SignedWith(ProofBuilder.OtherKey).Build(), caller: other, policy: policy);

        var rejected = Assert.IsType<WebhookAnswer.Rejected>(answer);
        Assert.Equal("Order already paid", rejected.Message);
    }

    [Fact]
    public async Task Handle_OrderPaidByAnotherProof_RejectsAlreadyPaid()
    {
        await HandleAsync(new ProofBuilder().WithTxid("pg_tx_1").Build());

        var answer = await HandleAsync(new ProofBuilder().WithTxid("pg_tx_2").Build());

        var rejected = Assert.IsType<WebhookAnswer.Rejected>(answer);
        Assert.Equal("pg_tx_2", rejected.RejectedTxid);
        Assert.Equal(1, _orders.RecordedCount);
    }

    [Fact]
    public async Task Handle_UnknownOrder_RejectsWithMessage()
    {
        var answer = await HandleAsync(new ProofBuilder().To(9001, "ord_unknown").Build());

        var rejected = Assert.IsType<WebhookAnswer.Rejected>(answer);
        Assert.Contains("ord_unknown", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(0, _orders.RecordedCount);
    }

    [Fact]
    public async Task Handle_ProofWithoutReference_RejectsAsUnknownOrder()
    {
        var answer = await HandleAsync(new ProofBuilder().To(9001, null).Build());

        Assert.IsType<WebhookAnswer.Rejected>(answer);
    }

    [Fact]
    public async Task Handle_IssuerNotAccepted_RefusesWithIssuerNotAccepted()
    {
        var stranger = new Ocid(666);
        _peers.Publish(stranger, ProofBuilder.PublicKeyOf(ProofBuilder.OtherKey));

        var answer = await HandleAsync(new ProofBuilder().IssuedBy(666).SignedWith(ProofBuilder.OtherKey).Build(), caller: stranger);

        AssertRefused(answer, 400, "ISSUER_NOT_ACCEPTED");
    }

    [Fact]
    public async Task Handle_SenderIsNotTheIssuer_RefusesWithInvalidProof()
    {
        var answer = await HandleAsync(new ProofBuilder().Build(), caller: new Ocid(700));

        AssertRefused(answer, 400, "INVALID_PROOF");
    }

    [Fact]
    public async Task Handle_ProofPaysAnotherOcid_RefusesWithInvalidProof()
    {
        var answer = await HandleAsync(new ProofBuilder().To(4242, "ord_1").Build());

        AssertRefused(answer, 400, "INVALID_PROOF");
    }

    [Fact]
    public async Task Handle_ProofToTheGatewayAtTheStore_RefusesWithInvalidProof()
    {
        var answer = await HandleAsync(new ProofBuilder().To(9000, "ord_1").Build(), policy: StorePolicy);

        AssertRefused(answer, 400, "INVALID_PROOF");
    }

    [Fact]
    public async Task Handle_ProofToTheGatewayNamingTheSession_AcceptsAtTheGateway()
    {
        var answer = await HandleAsync(new ProofBuilder().To(9000, "sess_1").Build());

        Assert.IsType<WebhookAnswer.Accepted>(answer);
        Assert.NotNull(_orders.ForwardFor("ord_1"));
    }

    [Fact]
    public async Task Handle_SessionReferenceAtTheStore_RejectsAsUnknownOrder()
    {
        var answer = await HandleAsync(new ProofBuilder().To(9001, "sess_1").Build(), policy: StorePolicy);

        Assert.IsType<WebhookAnswer.Rejected>(answer);
    }

    [Fact]
    public async Task Handle_SignedWithAnotherKey_RefusesWithProofSignatureInvalid()
    {
        var answer = await HandleAsync(new ProofBuilder().SignedWith(ProofBuilder.OtherKey).Build());

        AssertRefused(answer, 400, "PROOF_SIGNATURE_INVALID");
        Assert.False(_orders.IsPaid("ord_1"));
    }

    [Fact]
    public async Task Handle_NestedFieldChangedAfterSigning_RefusesWithProofSignatureInvalid()
    {
        _orders.Add("ord_2", "12.50", "USD");

        var answer = await HandleAsync(new ProofBuilder().TamperedAfterSigning(proof => proof["to"]!["reference"] = "ord_2").Build());

        AssertRefused(answer, 400, "PROOF_SIGNATURE_INVALID");
    }

    [Fact]
    public async Task Handle_IssuerKeyRotatedSinceCached_VerifiesWithRefreshedKey()
    {
        _peers.Publish(PaymentGateway, ProofBuilder.PublicKeyOf(ProofBuilder.OtherKey));
        _peers.PublishOnRefresh(PaymentGateway, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));

        var answer = await HandleAsync(new ProofBuilder().Build());

        Assert.IsType<WebhookAnswer.Accepted>(answer);
    }

    [Fact]
    public async Task Handle_IssuerMetadataUnavailable_Refuses502MetadataUnavailable()
    {
        _peers.MakeUnavailable(PaymentGateway);

        var answer = await HandleAsync(new ProofBuilder().Build());

        AssertRefused(answer, 502, "METADATA_UNAVAILABLE");
    }

    [Fact]
    public async Task Handle_IssuerNotInRegistry_RefusesWithProofSignatureInvalid()
    {
        var unregistered = new Ocid(201);
        var policy = GatewayPolicy with { AcceptedIssuers = new HashSet<Ocid> { unregistered } };

        var answer = await HandleAsync(new ProofBuilder().IssuedBy(201).Build(), caller: unregistered, policy: policy);

        AssertRefused(answer, 400, "PROOF_SIGNATURE_INVALID");
    }

    [Theory]
    [InlineData("12.00", "USD")]
    [InlineData("12.5", "USD")]
    [InlineData("12.50", "EUR")]
    public async Task Handle_AmountOrCurrencyDiffersFromOrder_RefusesWithAmountMismatch(string amount, string currency)
    {
        var answer = await HandleAsync(new ProofBuilder().Paying(amount, currency).Build());

        AssertRefused(answer, 400, "AMOUNT_MISMATCH");
        Assert.False(_orders.IsPaid("ord_1"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"signature":"00"}""")]
    [InlineData("""{"proof":{"txid":"t","issuer":200,"to":{"ocid":9001},"amount":"1.00","currency":"USD","timestamp":1}}""")]
    [InlineData("""{"proof":{"issuer":200,"to":{"ocid":9001},"amount":"1.00","currency":"USD","timestamp":1},"signature":"00"}""")]
    [InlineData("""{"proof":{"txid":"t","issuer":"200","to":{"ocid":9001},"amount":"1.00","currency":"USD","timestamp":1},"signature":"00"}""")]
    [InlineData("""{"proof":{"txid":"t","issuer":200,"amount":"1.00","currency":"USD","timestamp":1},"signature":"00"}""")]
    [InlineData("""{"proof":{"txid":"t","issuer":200,"to":{"ocid":9001},"amount":1.00,"currency":"USD","timestamp":1},"signature":"00"}""")]
    [InlineData("""{"proof":{"txid":"t","issuer":200,"to":{"ocid":9001},"amount":"1.00","currency":"USD"},"signature":"00"}""")]
    public async Task Handle_MalformedBody_RefusesWithInvalidProof(string body)
    {
        var answer = await HandleAsync(Encoding.UTF8.GetBytes(body));

        AssertRefused(answer, 400, "INVALID_PROOF");
    }

    [Fact]
    public async Task Handle_ProofRecorded_NotifiesOrderPages()
    {
        var changed = new List<string>();
        _notifications.OrderChanged += changed.Add;

        await HandleAsync(new ProofBuilder().Build());

        Assert.Equal(["ord_1"], changed);
    }

    [Fact]
    public async Task Handle_ProofAtTheStoreFromAnIssuerItsOrderDoesNotAccept_RefusesWithIssuerNotAccepted()
    {
        _orders.Add("ord_2", "12.50", "USD", accepts: [9002]);

        var answer = await HandleAsync(new ProofBuilder().To(9001, "ord_2").Build(), policy: StorePolicy, receiver: SandboxPeer.Store);

        AssertRefused(answer, 400, "ISSUER_NOT_ACCEPTED");
        Assert.False(_orders.IsPaid("ord_2"));
    }

    [Fact]
    public async Task Handle_ProofAtTheGatewayForAnOrderNotAcceptingIt_AcceptsWithoutOwingTheStoreAProof()
    {
        _orders.Add("ord_3", "12.50", "USD", accepts: [200]);

        var answer = await HandleAsync(new ProofBuilder().To(9001, "ord_3").Build());

        Assert.IsType<WebhookAnswer.Accepted>(answer);
        Assert.Null(_orders.ForwardFor("ord_3"));
    }

    private Task<WebhookAnswer> HandleAsync(byte[] body, Ocid? caller = null, ProofPolicy? policy = null, SandboxPeer receiver = SandboxPeer.Gateway)
    {
        var time = new FakeTimeProvider();
        var gatewaySigner = new KeyPairSigner(DemoGateway, DemoGatewayKey, new BouncyCastleSecp256k1());
        var receive = new ReceiveTransferProof(
            new ProofVerifier(_peers, new BouncyCastleSecp256k1()), _orders, new DemoGatewayProofs(() => gatewaySigner, Merchant, time), new Checkout.Infrastructure.Webhooks.DeliverySignal(), _notifications, time);
        return receive.HandleAsync(receiver, caller ?? PaymentGateway, body, policy ?? GatewayPolicy, CancellationToken.None);
    }

    private static void AssertRefused(WebhookAnswer answer, int status, string code)
    {
        var refused = Assert.IsType<WebhookAnswer.Refused>(answer);
        Assert.Equal((status, code), (refused.Rejection.Status, refused.Rejection.Code));
    }
}
