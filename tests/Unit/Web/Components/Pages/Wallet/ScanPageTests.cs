using System.Security.Claims;

using Bunit;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Orders;
using OpenCharge.Checkout.UnitTests.Postgres;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;
using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Components.Pages.Wallet;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Wallet;

/// <summary>
/// The scan page over the production wiring and a real database; only the merchant's links and the registry's
/// signature check are test doubles, so what the shopper sees of each outcome is what the use case decided.
/// </summary>
public sealed class ScanPageTests : ComponentTestContext
{
    private const string Shopper = "user_1";
    private static readonly Ocid Merchant = new(9001);
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(3);
    private static readonly string OrderCode = QrPayloadWriter.Write(new MerchantOrderQr(Merchant, new Uri("https://cafe.example/orders/ord_1"), null));
    private static readonly string InventoryCode = QrPayloadWriter.Write(new InventoryQr(Merchant, new Uri("https://cafe.example/inventory"), null));

    private readonly FakeMerchantLinks _merchant = new()
    {
        Order = new FetchedOrder(A.Order().Build() with
        {
            Json = """{"id":"ord_1","ocid":9001,"amount":"12.50","currency":"USD","items":[{"id":"i1","name":"Flat white","quantity":1,"price":"12.50"}],"memo":"Table 4","createdAt":1768478400}""",
        }, null),
        Inventory = new MerchantInventory(Merchant,
        [
            new InventoryItem("cake", "Cheesecake", "3.50", new Money(350, Currency.Of("USD"))) with { Stock = 2 },
            new InventoryItem("bagel", "Bagel", "2.00", new Money(200, Currency.Of("USD"))) with { MinQuantity = 2, MaxQuantity = 3 },
        ]),
    };

    [Fact]
    public async Task PasteOrderCode_ShowsTheOrderToApproveAndChargesNothingYet()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        var page = Render<ScanPage>();

        await PasteAsync(page, OrderCode);

        page.WaitForAssertion(() =>
        {
            Assert.Contains("Peer 9001 asks you to pay", page.Markup);
            Assert.Contains("Flat white", page.Markup);
            Assert.Contains("Table 4", page.Markup);
            Assert.Contains("Approve and pay 12.50 USD", page.Markup);
        }, Live);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.LedgerTransactions.CountAsync(t => t.Kind == LedgerTransactionKind.CheckoutPayment));
    }

    [Fact]
    public async Task Approve_FundedShopper_PaysOnceAndLinksTheReceipt()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        await FundAsync(new Money(50_00, Currency.Of("USD")));
        var page = Render<ScanPage>();
        await PasteAsync(page, OrderCode);
        page.WaitForAssertion(() => Assert.Contains("Approve and pay", page.Markup), Live);

        await Button(page, "Approve and pay").ClickAsync(new());

        page.WaitForAssertion(() => Assert.StartsWith("/wallet/receipts/octx_", page.Find("a[href^='/wallet/receipts/']").GetAttribute("href")), Live);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.LedgerTransactions.CountAsync(t => t.Kind == LedgerTransactionKind.CheckoutPayment));
    }

    [Theory]
    [InlineData("not a code", "not an Opencharge payment code")]
    [InlineData("""{"ocid":9001,"order":"http://cafe.example/orders/1"}""", "must use https")]
    [InlineData("""{"ocid":200,"order":"https://pay.example/opencharge/orders/create/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","expiresAt":null}""", "a wallet's code")]
    public async Task PasteRefusedCode_ShowsWhyAndOpensNothing(string text, string expectedMessage)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        var page = Render<ScanPage>();

        await PasteAsync(page, text);

        page.WaitForAssertion(() => Assert.Contains(expectedMessage, page.Find("[role=alert]").TextContent), Live);
        await using var db = database.NewContext();
        Assert.Equal(0, await db.CheckoutSessions.CountAsync());
    }

    [Fact]
    public async Task PasteOrderCode_MerchantUnreachable_ShowsItsMessage()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        _merchant.Order = MerchantLinkErrors.Unreachable(Merchant);
        var page = Render<ScanPage>();

        await PasteAsync(page, OrderCode);

        page.WaitForAssertion(() => Assert.Contains("The merchant could not be reached. Try again in a moment.", page.Find("[role=alert]").TextContent), Live);
    }

    [Fact]
    public async Task InventoryPicker_MoreStopsAtTheStockAndFewerSkipsBelowTheMinimum()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        var page = Render<ScanPage>();
        await PasteAsync(page, InventoryCode);
        page.WaitForAssertion(() => Assert.Contains("Cheesecake", page.Markup), Live);

        await Click(page, "More Cheesecake");
        await Click(page, "More Cheesecake");
        await Click(page, "More Bagel");

        Assert.Equal("2", page.Find("[data-testid=quantity-cake]").TextContent);
        Assert.True(Button(page, "More Cheesecake").HasAttribute("disabled"));
        Assert.Equal("2", page.Find("[data-testid=quantity-bagel]").TextContent);
        Assert.Contains("Total 11.00 USD", page.Find("[data-testid=inventory-total]").TextContent);

        await Click(page, "Fewer Bagel");

        Assert.Equal("0", page.Find("[data-testid=quantity-bagel]").TextContent);
        Assert.Contains("Total 7.00 USD", page.Find("[data-testid=inventory-total]").TextContent);
    }

    [Fact]
    public async Task InventoryPicker_CreateOrder_AsksTheMerchantForThePickedBasketAndShowsTheOrder()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        var page = Render<ScanPage>();
        await PasteAsync(page, InventoryCode);
        page.WaitForAssertion(() => Assert.Contains("Cheesecake", page.Markup), Live);
        await Click(page, "More Cheesecake");

        await Button(page, "Create order").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Approve and pay 12.50 USD", page.Markup), Live);
        Assert.Equal(("cake", 1), (_merchant.LastBasket!.Lines.Single().Item.Id, _merchant.LastBasket.Lines.Single().Quantity));
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
            ["Sandbox:Enabled"] = "false",
        }).Build();
        Services.AddLogging();
        Services.AddCheckoutPersistence(configuration);
        Services.AddOpencharge(configuration, new HostingEnvironment { EnvironmentName = "Testing" });
        Services.AddCheckout();
        var peers = new FakePeerDirectory();
        peers.Publish(Merchant, "04key");
        Services.AddSingleton<IPeerDirectory>(peers);
        Services.AddSingleton<IOrderSignatures>(new FakeOrderSignatures());
        Services.AddSingleton<IMerchantLinks>(_merchant);
        Services.AddSingleton<ShopperCheckout>();
        Services.AddScanning();
        AddAuthorization().SetAuthorized("shopper@example.test").SetRoles(Roles.Shopper).SetClaims(new Claim(ClaimTypes.NameIdentifier, Shopper));
        var camera = JSInterop.SetupModule("./js/scan-camera.js");
        camera.Setup<bool>("isSupported").SetResult(false);
        await Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
        SetRendererInfo(Interactive);
    }

    private static async Task PasteAsync(IRenderedComponent<ScanPage> page, string text)
    {
        await page.Find("textarea").InputAsync(new() { Value = text });
        await Button(page, "Open the code").ClickAsync(new());
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<ScanPage> page, string label) =>
        page.FindAll("button").Single(b => b.TextContent.Contains(label, StringComparison.Ordinal) || b.GetAttribute("aria-label") == label);

    private static Task Click(IRenderedComponent<ScanPage> page, string label) => Button(page, label).ClickAsync(new());

    private async Task FundAsync(Money amount)
    {
        await using var scope = Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<TopUpSandboxWallet>().ExecuteAsync(Shopper, amount, CancellationToken.None)).IsSuccess);
    }
}
