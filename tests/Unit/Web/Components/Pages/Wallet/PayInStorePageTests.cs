using System.Security.Claims;
using System.Text.Json;

using Bunit;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Sessions;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Orders;
using OpenCharge.Checkout.UnitTests.Postgres;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;
using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Components.Pages.Wallet;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Wallet;

/// <summary>
/// The "Pay in store" page over the production wiring and a real database: the merchant's order is taken by the real
/// intake (only the registry's signature check is a test double), and reaches the open page through the in-process
/// signal alone, well before the page's slow poll.
/// </summary>
public sealed class PayInStorePageTests : ComponentTestContext
{
    private const string Shopper = "user_1";
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task OrderPostedToTheShownQr_AppearsWithoutAReload()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        var page = Render<PayInStorePage>();
        var sessionId = ShownSessionId(page);

        await PostOrderAsync(sessionId);

        page.WaitForAssertion(() =>
        {
            Assert.Contains("Peer 9001 asks you to pay", page.Markup);
            Assert.Contains("Flat white", page.Markup);
            Assert.Contains("Table 4", page.Markup);
            Assert.Contains("Approve and pay 12.50 USD", page.Markup);
        }, Live);
    }

    [Fact]
    public async Task Approve_FundedShopper_PaysOnceCompletesTheQrAndLinksTheReceipt()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        await FundAsync(new Money(50_00, Currency.Of("USD")));
        var page = Render<PayInStorePage>();
        var sessionId = ShownSessionId(page);
        await PostOrderAsync(sessionId);
        page.WaitForAssertion(() => Assert.Contains("Approve and pay", page.Markup), Live);

        await page.FindAll("button").Single(b => b.TextContent.Contains("Approve and pay", StringComparison.Ordinal)).ClickAsync(new());

        page.WaitForAssertion(() => Assert.StartsWith("/wallet/receipts/octx_", page.Find("a[href^='/wallet/receipts/']").GetAttribute("href")), Live);
        await using var db = database.NewContext();
        var qr = await db.QrSessions.AsNoTracking().SingleAsync(s => s.Id == QrSessionId.Parse(sessionId));
        Assert.Equal(QrSessionStatus.Completed, qr.Status);
        Assert.Equal(1, await db.LedgerTransactions.CountAsync(t => t.Kind == LedgerTransactionKind.CheckoutPayment));
    }

    private async Task WireAsync(PostgresDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Checkout"] = database.ConnectionString,
            ["Opencharge:Ocid"] = "200",
            ["Opencharge:SigningKey"] = CheckoutDatabaseTest.SigningKey,
            ["Opencharge:PublicBaseUrl"] = "https://pay.example",
            ["Opencharge:Settlement:Currencies:0"] = "USD",
            ["Sandbox:Enabled"] = "true",
        }).Build();
        Services.AddLogging();
        Services.AddCheckoutPersistence(configuration);
        Services.AddOpencharge(configuration, new HostingEnvironment { EnvironmentName = "Testing" });
        Services.AddCheckout();
        var peers = new FakePeerDirectory();
        peers.Publish(new Ocid(9001), "04key");
        Services.AddSingleton<IPeerDirectory>(peers);
        Services.AddSingleton<IOrderSignatures>(new FakeOrderSignatures());
        Services.AddSingleton<ShopperCheckout>();
        Services.AddSingleton<PayInStoreDesk>();
        AddAuthorization().SetAuthorized("shopper@example.test").SetRoles(Roles.Shopper).SetClaims(new Claim(ClaimTypes.NameIdentifier, Shopper));
        await Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
    }

    private static string ShownSessionId(IRenderedComponent<PayInStorePage> page)
    {
        string? text = null;
        page.WaitForAssertion(() => text = page.Find("[data-testid=wallet-qr]").GetAttribute("data-qr-text"), Live);
        using var payload = JsonDocument.Parse(text!);
        Assert.Equal(["ocid", "order", "expiresAt"], payload.RootElement.EnumerateObject().Select(p => p.Name));
        var orderUrl = payload.RootElement.GetProperty("order").GetString()!;
        Assert.StartsWith("https://pay.example/opencharge/orders/create/", orderUrl);
        return orderUrl[(orderUrl.LastIndexOf('/') + 1)..];
    }

    /// <summary>What <c>POST /orders/create/{sessionId}</c> does once the request is authenticated and read.</summary>
    private async Task PostOrderAsync(string sessionId)
    {
        var order = A.Order().Build() with
        {
            Json = """{"id":"ord_1","ocid":9001,"amount":"12.50","currency":"USD","items":[{"id":"i1","name":"Flat white","quantity":1,"price":"12.50"}],"memo":"Table 4","createdAt":1768478400}""",
        };
        var urls = new RedirectUrls(new Uri("https://cafe.example/done"), new Uri("https://cafe.example/cancelled"));
        await using var scope = Services.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<OrderIntake>()
            .ExecuteAsync(new IncomingOrder(order, order.MerchantOcid, urls, OrderOrigin.WalletQr(sessionId)), CancellationToken.None);
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        Services.GetRequiredService<WalletOrderSignal>().Publish(Shopper);
    }

    private async Task FundAsync(Money amount)
    {
        await using var scope = Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<TopUpSandboxWallet>().ExecuteAsync(Shopper, amount, CancellationToken.None)).IsSuccess);
    }
}
