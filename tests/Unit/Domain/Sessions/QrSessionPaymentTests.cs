using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

/// <summary>A QR order is its shopper's: <see cref="PaySession"/> and <see cref="CancelSession"/> hide it from anyone else.</summary>
public sealed class QrSessionPaymentTests
{
    private const string Owner = "user_1";
    private const string Stranger = "user_2";

    private static readonly Currency Usd = Currency.Of("USD");

    private readonly FakeTimeProvider _time = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));
    private readonly FakeUnitOfWork _unitOfWork = new();
    private readonly InMemoryCheckoutSessions _sessions = new();
    private readonly InMemoryQrSessions _qrSessions = new();
    private readonly InMemoryLedger _ledger = new();
    private readonly PaySession _pay;
    private readonly CancelSession _cancel;

    public QrSessionPaymentTests()
    {
        _pay = new PaySession(
            _unitOfWork, _sessions, _ledger, new FixedProofSigner(), new InMemoryProofRecords(), new InMemoryWebhookOutbox(),
            new FakeProtocolSigner(), new InMemorySettlementSagas(), _qrSessions, _time);
        _cancel = new CancelSession(_unitOfWork, _sessions, _time);
        _ledger.Fund(AccountOwner.Shopper(Owner), new Money(50_00, Usd));
        _ledger.Fund(AccountOwner.Shopper(Stranger), new Money(50_00, Usd));
    }

    [Fact]
    public async Task Pay_ByItsShopper_PaysAndCompletesTheQrSession()
    {
        var (session, qr) = OrderAtQr();

        var paid = await _pay.ExecuteAsync(session.Id, Owner, PaymentMethodKind.WalletBalance, CancellationToken.None);

        Assert.True(paid.IsSuccess);
        Assert.Equal(SessionStatus.Paid, session.Status);
        Assert.Equal(QrSessionStatus.Completed, qr.Status);
    }

    [Fact]
    public async Task Pay_ByAnotherShopper_ReturnsNotFoundAndChargesNothing()
    {
        var (session, qr) = OrderAtQr();

        var paid = await _pay.ExecuteAsync(session.Id, Stranger, PaymentMethodKind.WalletBalance, CancellationToken.None);

        Assert.Equal("session.not_found", paid.Error?.Code);
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Equal(QrSessionStatus.OrderReceived, qr.Status);
        Assert.DoesNotContain(_ledger.Recorded, t => t.Kind == LedgerTransactionKind.CheckoutPayment);
    }

    [Fact]
    public async Task Cancel_ByAnotherShopperOrNobody_ReturnsNotFound()
    {
        var (session, _) = OrderAtQr();

        var byStranger = await _cancel.ExecuteAsync(session.Id, Stranger, CancellationToken.None);
        var anonymous = await _cancel.ExecuteAsync(session.Id, null, CancellationToken.None);

        Assert.Equal("session.not_found", byStranger.Error?.Code);
        Assert.Equal("session.not_found", anonymous.Error?.Code);
        Assert.Equal(SessionStatus.Open, session.Status);
    }

    [Fact]
    public async Task Cancel_ByItsShopper_DeclinesTheOrder()
    {
        var (session, _) = OrderAtQr();

        var declined = await _cancel.ExecuteAsync(session.Id, Owner, CancellationToken.None);

        Assert.True(declined.IsSuccess);
        Assert.Equal(SessionStatus.Cancelled, session.Status);
    }

    private (CheckoutSession Session, QrSession Qr) OrderAtQr()
    {
        var session = A.Session().ForShopperByQr(Owner).Build();
        _sessions.Add(session);
        var qr = QrSession.Start(Owner, CheckoutSessionBuilder.DefaultNow, QrSession.DefaultTimeToLive);
        qr.ReceiveOrder(session.MerchantOcid, session.Id, CheckoutSessionBuilder.DefaultNow);
        _qrSessions.Add(qr);
        return (session, qr);
    }
}
