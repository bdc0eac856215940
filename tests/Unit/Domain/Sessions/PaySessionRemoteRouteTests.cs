using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

public sealed class PaySessionRemoteRouteTests
{
    [Fact]
    public async Task Execute_SessionOnARemotePath_IsRefusedAndNothingMoves()
    {
        var usd = Currency.Of("USD");
        var ledger = new InMemoryLedger();
        ledger.Fund(AccountOwner.Shopper("user_1"), new Money(50_00, usd));
        var sessions = new InMemoryCheckoutSessions();
        var urls = new RedirectUrls(new Uri("https://shop.example/success"), new Uri("https://shop.example/cancel"));
        var route = SettlementRoute.Remote(SettlementPath.PartnerReserve(new Ocid(900)), new Ocid(9001));
        var session = CheckoutSession.Open(A.Order().Build(), new Ocid(300), urls, route, CheckoutSessionBuilder.DefaultNow, TimeSpan.FromMinutes(15));
        sessions.Add(session);
        var pay = new PaySession(new FakeUnitOfWork(), sessions, ledger, new FixedProofSigner(), new InMemoryWebhookOutbox(), new FakeProtocolSigner(), new FakeTimeProvider(CheckoutSessionBuilder.DefaultNow.AddMinutes(1)));

        var result = await pay.ExecuteAsync(session.Id, "user_1", PaymentMethodKind.WalletBalance, CancellationToken.None);

        Assert.Equal("settlement.remote_path_unavailable", result.Error?.Code);
        Assert.Empty(ledger.Recorded);
        Assert.Equal(50_00, ledger.AccountOf(AccountOwner.Shopper("user_1"), usd).BalanceMinor);
        Assert.Null(session.Payment);
    }
}
