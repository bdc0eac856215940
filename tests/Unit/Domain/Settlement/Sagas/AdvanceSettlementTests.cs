using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Settlement.Sagas;

public sealed class AdvanceSettlementTests
{
    private const string Shopper = "user_1";
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly Ocid Provider = new(100);
    private static readonly Ocid Intermediary = new(150);
    private static readonly Ocid Gateway = new(300);

    private readonly FakeTimeProvider _time = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));
    private readonly FakeUnitOfWork _unitOfWork = new();
    private readonly InMemoryCheckoutSessions _sessions = new();
    private readonly InMemoryLedger _ledger = new();
    private readonly InMemorySettlementSagas _sagas = new();
    private readonly InMemoryPartners _partners = new();
    private readonly InMemoryProofRecords _records = new();
    private readonly InMemoryQrSessions _qrSessions = new();
    private readonly FakeHopNetwork _network = new();
    private readonly FakePeerDirectory _directory = new();
    private readonly AdvanceSettlement _advance;
    private readonly PaySession _pay;

    public AdvanceSettlementTests()
    {
        foreach (var hop in new[] { Provider, Intermediary, Gateway })
        {
            _directory.Publish(hop, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        }
        var books = new SettlementBooks(_ledger, _sessions, _partners, _qrSessions);
        var check = new HopProofCheck(new ProofVerifier(_directory, new BouncyCastleSecp256k1()));
        _advance = new AdvanceSettlement(_unitOfWork, _sagas, _network, check, books, _records, _time);
        _pay = new PaySession(_unitOfWork, _sessions, _ledger, new FixedProofSigner(), _records, new InMemoryWebhookOutbox(), new FakeProtocolSigner(), _sagas, _qrSessions, _time);
        _ledger.Fund(AccountOwner.Shopper(Shopper), new Money(50_00, Usd));
    }

    public static TheoryData<SettlementPath> Paths => new()
    {
        SettlementPath.PartnerReserve(Gateway),
        SettlementPath.CommonProvider(Provider, Gateway),
        SettlementPath.Chain([Provider, Intermediary, Gateway]),
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Execute_HonestHops_PaysTheSessionWithTheLastHopsProofToTheMerchant(SettlementPath path)
    {
        var session = await PayAsync(path);

        var saga = await RunAsync();

        Assert.Equal(SagaState.Completed, saga.State);
        Assert.Equal(SessionStatus.Paid, session.Status);
        Assert.Equal(path.FinalIssuer, saga.FinalProof?.Issuer);
        Assert.Contains("\"to\":{\"ocid\":9001,\"reference\":\"ord_1\"}", saga.FinalProof?.Json, StringComparison.Ordinal);
        Assert.Equal(37_50, Balance(AccountOwner.Shopper(Shopper)));
        Assert.Equal(0, Balance(AccountOwner.SettlementInFlight(path.FundingPartner!.Value)));
        Assert.Equal(12_50, Balance(AccountOwner.PartnerClearing(path.FundingPartner!.Value)));
    }

    [Fact]
    public async Task Execute_Completed_KeepsEveryHopsProofInThePermanentRecords()
    {
        await PayAsync(SettlementPath.CommonProvider(Provider, Gateway));

        var saga = await RunAsync();

        Assert.Equal([Provider, Gateway], _records.Added.Select(r => r.Issuer));
        Assert.All(_records.Added, r => Assert.Equal(ProofRecordDirection.Received, r.Direction));
        Assert.Equal(saga.FinalProof?.Txid, _records.Added[^1].Txid);
    }

    [Fact]
    public async Task Execute_PaymentHeld_HoldsTheShoppersMoneyInFlightInTheSameUnitOfWork()
    {
        var session = await PayAsync(SettlementPath.CommonProvider(Provider, Gateway));

        Assert.Equal(SessionStatus.Processing, session.Status);
        Assert.Equal(12_50, Balance(AccountOwner.SettlementInFlight(Provider)));
        Assert.Equal(LedgerTransactionKind.SettlementHeld, Assert.Single(_ledger.Recorded).Kind);
        Assert.Equal(SagaState.Held, Assert.Single(_sagas.All).State);
        Assert.Equal(1, _unitOfWork.Commits);
    }

    [Fact]
    public async Task Execute_Completed_SpendsOurHoldingAtTheFundingPartner()
    {
        var provider = Partner.Create(Provider, "Bank", PartnerRoles.SettlementProvider, _time.GetUtcNow());
        provider.Hold(Usd, 1000_00, 50_00, _time.GetUtcNow());
        _partners.Add(provider);
        await PayAsync(SettlementPath.CommonProvider(Provider, Gateway));

        await RunAsync();

        Assert.Equal(987_50, provider.HoldingIn(Usd)!.MirroredBalanceMinor);
    }

    [Fact]
    public async Task Execute_ProviderAnswers402_ReversesAndReopensTheSessionWithTheReason()
    {
        _network.Refuse = call => call.Operation == SagaStepOperation.TransferCreate
            ? new HopAnswer.Refused("{}", 402, "HTTP 402 INSUFFICIENT_FUNDS: reserve too low")
            : null;
        var session = await PayAsync(SettlementPath.CommonProvider(Provider, Gateway));

        var saga = await RunAsync();

        Assert.Equal(SagaState.Reversed, saga.State);
        AssertUncharged(session, "INSUFFICIENT_FUNDS");
        Assert.DoesNotContain(_network.Sent, c => c.Operation == SagaStepOperation.PaymentSettle);
    }

    [Fact]
    public async Task Execute_WalletQrPaymentReversed_TheQrSessionWaitsForTheShopperAgainBesideTheReopenedOrder()
    {
        _network.Refuse = call => call.Operation == SagaStepOperation.TransferCreate
            ? new HopAnswer.Refused("{}", 402, "HTTP 402 INSUFFICIENT_FUNDS: reserve too low")
            : null;
        var session = A.Session().ForShopperByQr(Shopper).SettledOver(SettlementPath.CommonProvider(Provider, Gateway)).Build();
        var qr = QrSession.Start(Shopper, _time.GetUtcNow(), QrSession.DefaultTimeToLive);
        Assert.True(qr.ReceiveOrder(session.MerchantOcid, session.Id, _time.GetUtcNow()).IsSuccess);
        _qrSessions.Add(qr);
        _sessions.Add(session);
        Assert.True((await _pay.ExecuteAsync(session.Id, Shopper, PaymentMethodKind.WalletBalance, CancellationToken.None)).IsSuccess);
        Assert.Equal(QrSessionStatus.Completed, qr.Status);

        await RunAsync();

        AssertUncharged(session, "INSUFFICIENT_FUNDS");
        Assert.Equal(QrSessionStatus.OrderReceived, qr.Status);
    }

    [Theory]
    [InlineData("amount")]
    [InlineData("currency")]
    [InlineData("pays")]
    [InlineData("issued by")]
    [InlineData("signature")]
    public async Task Execute_ProviderProofFailsACheck_ReversesAndNeverPassesTheProofOn(string problem)
    {
        _directory.Publish(new Ocid(101), ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        _network.Tamper = (call, proof) => call.Operation == SagaStepOperation.TransferCreate ? Wrong(problem, proof) : proof;
        var session = await PayAsync(SettlementPath.CommonProvider(Provider, Gateway));

        var saga = await RunAsync();

        Assert.Equal(SagaState.Reversed, saga.State);
        Assert.Contains(problem, saga.Failure, StringComparison.Ordinal);
        AssertUncharged(session, "proof");
        Assert.DoesNotContain(_network.Sent, c => c.Operation == SagaStepOperation.PaymentSettle);
    }

    [Fact]
    public async Task Execute_TransferTimedOutButHappened_RetriesUnderTheSameKeyAndPaysOnce()
    {
        _network.LoseAnswer(SagaStepOperation.TransferCreate);
        var session = await PayAsync(SettlementPath.CommonProvider(Provider, Gateway));

        var saga = await RunAsync();

        Assert.Equal(SagaState.Completed, saga.State);
        Assert.Equal(SessionStatus.Paid, session.Status);
        var transfers = _network.Sent.Where(c => c.Operation == SagaStepOperation.TransferCreate).ToList();
        Assert.Equal(2, transfers.Count);
        Assert.Single(transfers.Select(c => c.IdempotencyKey).Distinct());
        Assert.Equal(1, _network.Executed(SagaStepOperation.TransferCreate));
        Assert.Equal(12_50, Balance(AccountOwner.PartnerClearing(Provider)));
    }

    [Fact]
    public async Task Execute_SettleAnswerLost_ResolvesItThroughVerifyWithoutSettlingAgain()
    {
        _network.LoseAnswer(SagaStepOperation.PaymentSettle);
        await PayAsync(SettlementPath.CommonProvider(Provider, Gateway));

        var saga = await RunAsync();

        Assert.Equal(SagaState.Completed, saga.State);
        Assert.Equal(1, _network.Verifies);
        Assert.Single(_network.Sent, c => c.Operation == SagaStepOperation.PaymentSettle);
    }

    [Fact]
    public async Task Execute_SettleRefusedAfterTheProviderPaid_RefundsTheShopperAndNeedsAttention()
    {
        var provider = Partner.Create(Provider, "Bank", PartnerRoles.SettlementProvider, _time.GetUtcNow());
        provider.Hold(Usd, 1000_00, 50_00, _time.GetUtcNow());
        _partners.Add(provider);
        _network.Refuse = call => call.Operation == SagaStepOperation.PaymentSettle ? new HopAnswer.Refused("{}", 400, "HTTP 400 PAYMENT_EXPIRED: too late") : null;
        var session = await PayAsync(SettlementPath.CommonProvider(Provider, Gateway));

        var saga = await RunAsync();

        Assert.Equal(SagaState.NeedsAttention, saga.State);
        Assert.True(saga.MoneyLeft);
        AssertUncharged(session, "PAYMENT_EXPIRED");
        Assert.Equal(987_50, provider.HoldingIn(Usd)!.MirroredBalanceMinor);
    }

    [Fact]
    public async Task Execute_TransferNeverAnswers_KeepsTheMoneyInFlightAndTheSessionProcessing()
    {
        _network.Refuse = call => call.Operation == SagaStepOperation.TransferCreate ? new HopAnswer.Unanswered("{}", 503, "HTTP 503") : null;
        var session = await PayAsync(SettlementPath.PartnerReserve(Gateway));

        var saga = await RunAsync();

        Assert.Equal(SagaState.NeedsAttention, saga.State);
        Assert.Equal(SettlementSaga.MaxAttempts, _network.Sent.Count);
        Assert.Equal(SessionStatus.Processing, session.Status);
        Assert.Equal(12_50, Balance(AccountOwner.SettlementInFlight(Gateway)));
    }

    [Fact]
    public async Task Execute_NothingDue_CallsNobody()
    {
        _network.LoseAnswer(SagaStepOperation.TransferCreate);
        await PayAsync(SettlementPath.PartnerReserve(Gateway));
        var id = Assert.Single(_sagas.All).Id;
        await _advance.ExecuteAsync(id, CancellationToken.None);

        var early = await _advance.ExecuteAsync(id, CancellationToken.None);

        Assert.Null(early);
        Assert.Single(_network.Sent);
    }

    private static ProofBuilder Wrong(string problem, ProofBuilder proof) => problem switch
    {
        "amount" => proof.Paying("12.49", "USD"),
        "currency" => proof.Paying("12.50", "EUR"),
        "pays" => proof.To(666, "t_other"),
        "issued by" => proof.IssuedBy(101),
        _ => proof.SignedWith(ProofBuilder.OtherKey),
    };

    private async Task<CheckoutSession> PayAsync(SettlementPath path)
    {
        var session = A.Session().SettledOver(path).Build();
        _sessions.Add(session);
        var paid = await _pay.ExecuteAsync(session.Id, Shopper, PaymentMethodKind.WalletBalance, CancellationToken.None);
        Assert.True(paid.IsSuccess);
        return session;
    }

    /// <summary>Advances the one saga until it finishes, letting the clock run through each back-off.</summary>
    private async Task<SettlementSaga> RunAsync()
    {
        var saga = Assert.Single(_sagas.All);
        for (var round = 0; round < 100 && !saga.IsFinished; round++)
        {
            if (await _advance.ExecuteAsync(saga.Id, CancellationToken.None) is null)
            {
                _time.Advance(SettlementSaga.MaxBackOff);
            }
        }
        return saga;
    }

    private void AssertUncharged(CheckoutSession session, string reason)
    {
        Assert.Equal(50_00, Balance(AccountOwner.Shopper(Shopper)));
        Assert.Equal(0, Balance(AccountOwner.SettlementInFlight(session.Route.Path.FundingPartner!.Value)));
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Null(session.Payment);
        Assert.Contains(reason, session.SettlementFailure, StringComparison.Ordinal);
    }

    private long Balance(AccountOwner owner) => _ledger.AccountOf(owner, Usd).BalanceMinor;
}
