using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

public sealed class PaySessionTests
{
    private const string Shopper = "user_1";

    private static readonly Currency Usd = Currency.Of("USD");

    private readonly FakeTimeProvider _time = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));
    private readonly FakeUnitOfWork _unitOfWork = new();
    private readonly InMemoryCheckoutSessions _sessions = new();
    private readonly InMemoryLedger _ledger = new();
    private readonly FixedProofSigner _proofs = new();
    private readonly InMemoryProofRecords _records = new();
    private readonly InMemoryWebhookOutbox _outbox = new();
    private readonly InMemorySettlementSagas _sagas = new();
    private readonly PaySession _pay;

    public PaySessionTests()
    {
        _pay = new PaySession(_unitOfWork, _sessions, _ledger, _proofs, _records, _outbox, new FakeProtocolSigner(), _sagas, new InMemoryQrSessions(), _time);
        _ledger.Fund(AccountOwner.Shopper(Shopper), new Money(50_00, Usd));
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public async Task ExecuteAsync_OpenSession_DebitsShopperAndCreditsTheRoutesAccount()
    {
        var session = Stored(A.Session());

        var result = await PayAsync(session);

        Assert.True(result.IsSuccess);
        Assert.Equal(37_50, ShopperBalance());
        Assert.Equal(12_50, _ledger.BalanceOf(AccountOwner.Merchant(new Ocid(9001)), Usd));
        var transaction = Assert.Single(_ledger.Recorded);
        Assert.Equal(LedgerTransactionKind.CheckoutPayment, transaction.Kind);
        Assert.Equal(session.Id.ToString(), transaction.Reference);
    }

    [Fact]
    public async Task ExecuteAsync_SettledThroughGateway_CreditsTheGateway()
    {
        var session = Stored(A.Session().ViaGateway(300).SettledThroughGateway());

        var result = await PayAsync(session);

        Assert.True(result.IsSuccess);
        Assert.Equal(12_50, _ledger.BalanceOf(AccountOwner.MerchantGateway(new Ocid(300)), Usd));
        Assert.Equal(0, _ledger.BalanceOf(AccountOwner.Merchant(new Ocid(9001)), Usd));
    }

    [Fact]
    public async Task ExecuteAsync_OpenSession_MarksThePaymentAndCommits()
    {
        var session = Stored(A.Session());

        var result = await PayAsync(session);

        var payment = Assert.IsType<SessionPayment>(result.Value);
        Assert.Equal(SessionStatus.Paid, session.Status);
        Assert.Same(payment, session.Payment);
        Assert.Equal(Shopper, payment.PayerUserId);
        Assert.Equal(Now, payment.PaidAt);
        var scope = Assert.Single(_unitOfWork.Scopes);
        Assert.True(scope.Committed);
        Assert.True(scope.Disposed);
    }

    [Fact]
    public async Task ExecuteAsync_OpenSession_EnqueuesOneDeliveryToTheProofRecipient()
    {
        var session = Stored(A.Session().ForMerchant(500).ViaGateway(500));

        var result = await PayAsync(session);

        var delivery = Assert.Single(_outbox.Enqueued);
        Assert.Equal(new Ocid(500), delivery.TargetOcid);
        Assert.Equal(new Ocid(200), delivery.Issuer);
        Assert.Equal(result.Value?.ProofTxid, delivery.Txid);
        Assert.StartsWith("octx_", delivery.Txid, StringComparison.Ordinal);
        Assert.Contains(FixedProofSigner.Signature, delivery.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_DirectSettlementViaAnotherGateway_AlsoDeliversTheSameProofToThatGateway()
    {
        var session = Stored(A.Session().ForMerchant(500).ViaGateway(300));

        await PayAsync(session);

        Assert.Equal([new Ocid(500), new Ocid(300)], _outbox.Enqueued.Select(d => d.TargetOcid));
        Assert.Single(_outbox.Enqueued.Select(d => (d.Txid, d.Payload)).Distinct());
    }

    [Fact]
    public async Task ExecuteAsync_OpenSession_RecordsTheIssuedProofForTheSession()
    {
        var session = Stored(A.Session());

        var result = await PayAsync(session);

        var record = Assert.Single(_records.Added);
        Assert.Equal(ProofRecordDirection.Issued, record.Direction);
        Assert.Equal(result.Value?.ProofTxid, record.Txid);
        Assert.Equal(session.Id, record.SessionId);
        Assert.Equal(FixedProofSigner.Signature, record.Signature);
    }

    [Fact]
    public async Task ExecuteAsync_GatewaySettlement_EnqueuesTheDeliveryToTheGateway()
    {
        var session = Stored(A.Session().ViaGateway(300).SettledThroughGateway());

        await PayAsync(session);

        var delivery = Assert.Single(_outbox.Enqueued);
        Assert.Equal(new Ocid(300), delivery.TargetOcid);
    }

    [Fact]
    public async Task ExecuteAsync_DefaultAddressing_ProvesPaymentFromUsToTheMerchantOrder()
    {
        var session = Stored(A.Session().ForMerchant(9001).ForOrder("ord_7"));

        var result = await PayAsync(session);

        var proof = Assert.Single(_proofs.Signed);
        var payment = Assert.IsType<SessionPayment>(result.Value);
        Assert.Equal(payment.ProofTxid, proof.Txid);
        Assert.Equal(new Ocid(200), proof.Issuer);
        Assert.Equal(new Ocid(200), proof.From.Ocid);
        Assert.Equal(payment.PaymentReference, proof.From.Reference);
        Assert.StartsWith("pay_", proof.From.Reference, StringComparison.Ordinal);
        Assert.Equal(new Ocid(9001), proof.To.Ocid);
        Assert.Equal("ord_7", proof.To.Reference);
        Assert.Equal(Now, proof.Timestamp);
    }

    [Fact]
    public async Task ExecuteAsync_GatewaySessionAddressing_ProvesPaymentToTheGatewaySession()
    {
        var session = Stored(A.Session().ViaGateway(300).SettledThroughGateway(ProofAddressing.GatewaySession));

        await PayAsync(session);

        var proof = Assert.Single(_proofs.Signed);
        Assert.Equal(new Ocid(300), proof.To.Ocid);
        Assert.Equal(session.Id.ToString(), proof.To.Reference);
    }

    [Fact]
    public async Task ExecuteAsync_UgxOrder_RepeatsTheAmountStringVerbatim()
    {
        _ledger.Fund(AccountOwner.Shopper(Shopper), new Money(20000, Currency.Of("UGX")));
        var session = Stored(A.Session().Paying("10000.00", "UGX"));

        await PayAsync(session);

        var proof = Assert.Single(_proofs.Signed);
        Assert.Equal("10000.00", proof.Amount);
        Assert.Equal("UGX", proof.Currency);
    }

    [Fact]
    public async Task ExecuteAsync_SameShopperAgain_ReturnsTheSamePaymentWithoutChargingTwice()
    {
        var session = Stored(A.Session());
        var first = await PayAsync(session);
        _time.Advance(TimeSpan.FromSeconds(5));

        var second = await PayAsync(session);

        Assert.True(second.IsSuccess);
        Assert.Same(first.Value, second.Value);
        Assert.Equal(37_50, ShopperBalance());
        Assert.Single(_ledger.Recorded);
        Assert.Single(_outbox.Enqueued.Select(d => d.Txid).Distinct());
        Assert.Single(_proofs.Signed);
    }

    [Fact]
    public async Task ExecuteAsync_SameShopperAfterExpiry_StillReturnsThePayment()
    {
        var session = Stored(A.Session());
        var first = await PayAsync(session);
        _time.Advance(TimeSpan.FromDays(1));

        var second = await PayAsync(session);

        Assert.Same(first.Value, second.Value);
    }

    [Fact]
    public async Task ExecuteAsync_AnotherShopperAfterPayment_FailsAlreadyPaid()
    {
        _ledger.Fund(AccountOwner.Shopper("user_2"), new Money(50_00, Usd));
        var session = Stored(A.Session());
        await PayAsync(session);

        var result = await PayAsync(session, "user_2");

        Assert.Equal("session.already_paid", result.Error?.Code);
        Assert.Equal(50_00, _ledger.AccountOf(AccountOwner.Shopper("user_2"), Usd).BalanceMinor);
        Assert.Single(_outbox.Enqueued.Select(d => d.Txid).Distinct());
    }

    [Fact]
    public async Task ExecuteAsync_InsufficientFunds_FailsAndCommitsNothing()
    {
        var session = Stored(A.Session().Paying("50.01", "USD"));

        var result = await PayAsync(session);

        Assert.Equal("ledger.insufficient_funds", result.Error?.Code);
        AssertNothingHappened(session);
        Assert.Equal(50_00, ShopperBalance());
    }

    [Fact]
    public async Task ExecuteAsync_UnknownSession_FailsNotFound()
    {
        var result = await _pay.ExecuteAsync(SessionId.New(), Shopper, PaymentMethodKind.WalletBalance, CancellationToken.None);

        Assert.Equal("session.not_found", result.Error?.Code);
        Assert.Equal(0, _unitOfWork.Commits);
        Assert.Empty(_ledger.Recorded);
    }

    [Fact]
    public async Task ExecuteAsync_ExpiredSession_FailsExpiredAndCommitsNothing()
    {
        var session = Stored(A.Session());
        _time.SetUtcNow(session.ExpiresAt);

        var result = await PayAsync(session);

        Assert.Equal("session.expired", result.Error?.Code);
        AssertNothingHappened(session);
        Assert.Equal(50_00, ShopperBalance());
    }

    [Fact]
    public async Task ExecuteAsync_CancelledSession_FailsCancelledAndCommitsNothing()
    {
        var session = Stored(A.Session());
        Assert.True(session.Cancel(Now).IsSuccess);

        var result = await PayAsync(session);

        Assert.Equal("session.cancelled", result.Error?.Code);
        Assert.Empty(_ledger.Recorded);
        Assert.Equal(0, _unitOfWork.Commits);
    }

    private CheckoutSession Stored(CheckoutSessionBuilder builder)
    {
        var session = builder.OpenedAt(CheckoutSessionBuilder.DefaultNow).Build();
        _sessions.Add(session);
        return session;
    }

    private Task<Result<SessionPayment>> PayAsync(CheckoutSession session, string shopper = Shopper) =>
        _pay.ExecuteAsync(session.Id, shopper, PaymentMethodKind.WalletBalance, CancellationToken.None);

    private long ShopperBalance() => _ledger.AccountOf(AccountOwner.Shopper(Shopper), Usd).BalanceMinor;

    private void AssertNothingHappened(CheckoutSession session)
    {
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Null(session.Payment);
        Assert.Empty(_ledger.Recorded);
        Assert.Empty(_outbox.Enqueued);
        Assert.Equal(0, _unitOfWork.Commits);
        Assert.All(_unitOfWork.Scopes, scope => Assert.True(scope.Disposed));
    }
}
