using System.Security.Claims;
using System.Text.Json;

using Bunit;
using Bunit.TestDoubles;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Orders;
using OpenCharge.Checkout.UnitTests.Postgres;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;
using OpenCharge.Checkout.Web.Checkout;
using OpenCharge.Checkout.Web.Components.Pages.Checkout;
using OpenCharge.Checkout.Web.Components.Prerendering;

using static OpenCharge.Checkout.UnitTests.Builders.CheckoutSessionViewBuilder;

using CheckoutPage = OpenCharge.Checkout.Web.Components.Pages.Checkout.CheckoutPage;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Checkout;

/// <summary>
/// The hosted checkout over the production wiring and a real database: what the prerender hands to the circuit, and
/// that the circuit's first render shows it instead of the loading bar.
/// </summary>
public sealed class CheckoutPageTests : ComponentTestContext
{
    private const string Shopper = "user_1";
    private const string LoadingBar = ".mud-progress-linear";
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Render_Interactive_WithPrerenderedSnapshot_ShowsTheOrderAtOnceWithoutLoadingIt()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var state = await WireAsync(database);
        // Not in the database: had the page loaded the session, it would have shown the loading bar, then "not found".
        var session = ASession().WithItems(new OrderItem("mug", "Prerendered mug", 1, "12.50")).Build();
        Handoff(state, CheckoutPageSnapshot.Of(session.Id.ToString(), session, new MerchantBranding("Mug Shop", null), "", []));

        var page = Render<CheckoutPage>(p => p.Add(c => c.SessionId, session.Id.ToString()));

        Assert.Empty(page.FindAll(LoadingBar));
        Assert.Contains("Prerendered mug", page.Markup);
        Assert.Contains("Mug Shop", page.Markup);
    }

    [Fact]
    public async Task Render_Interactive_WithoutSnapshot_LoadsTheSession()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await WireAsync(database);
        var session = await OpenSessionAsync();

        var page = Render<CheckoutPage>(p => p.Add(c => c.SessionId, session.Id.ToString()));

        page.WaitForAssertion(() => Assert.Contains("Flat white", page.Markup), Live);
        Assert.Empty(page.FindAll(LoadingBar));
    }

    [Fact]
    public async Task Prerender_HandsOverWhatItShowsWithoutTheShoppersUserId()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var state = await WireAsync(database);
        SetRendererInfo(Prerendering);
        var session = await OpenSessionAsync();
        var page = Render<CheckoutPage>(p => p.Add(c => c.SessionId, session.Id.ToString()));
        // The payment methods are the last thing the page reads; the shopper's status re-read (started after the
        // first render) can show the order before that, and a snapshot is only taken of a page that finished loading.
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[name=payment-method]")), Live);

        // On the renderer's dispatcher: bunit starts the persisting without awaiting it and restores straight after, so
        // from the test thread a render still in flight (the status re-read) would make the restore read nothing.
        await page.InvokeAsync(state.TriggerOnPersisting);

        Assert.True(state.TryTake<JsonElement>(nameof(CheckoutPage), out var persisted));
        var snapshot = persisted.Deserialize<CheckoutPageSnapshot>(PrerenderJson.Options)!;
        Assert.Equal(session.Id.ToString(), snapshot.SessionId);
        Assert.Equal(new Money(12_50, Currency.Of("USD")), snapshot.Session!.Total);
        Assert.Equal("Flat white", snapshot.Session.Items.Single().Name);
        Assert.Null(snapshot.Session.ShopperUserId);
        Assert.Equal("Peer 9001", snapshot.Merchant.Name);
    }

    private async Task<BunitPersistentComponentState> WireAsync(PostgresDatabase database)
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
        Services.AddHostedCheckout(configuration);
        var peers = new FakePeerDirectory();
        peers.Publish(new Ocid(9001), "04key");
        Services.AddSingleton<IPeerDirectory>(peers);
        Services.AddSingleton<IOrderSignatures>(new FakeOrderSignatures());
        AddAuthorization().SetAuthorized("shopper@example.test").SetRoles(Roles.Shopper).SetClaims(new Claim(ClaimTypes.NameIdentifier, Shopper));
        var state = AddBunitPersistentComponentState();
        await Services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
        SetRendererInfo(Interactive);
        return state;
    }

    /// <summary>What the prerender of the same page would have written into the response.</summary>
    private static void Handoff(BunitPersistentComponentState state, CheckoutPageSnapshot snapshot) =>
        state.Persist(nameof(CheckoutPage), JsonSerializer.SerializeToElement(snapshot, PrerenderJson.Options));

    /// <summary>An order the shopper scanned: theirs alone, so the prerender knows whose it is.</summary>
    private async Task<CheckoutSession> OpenSessionAsync()
    {
        var order = A.Order().Build() with
        {
            Json = """{"id":"ord_1","ocid":9001,"amount":"12.50","currency":"USD","items":[{"id":"i1","name":"Flat white","quantity":1,"price":"12.50"}],"memo":"Table 4","createdAt":1768478400}""",
        };
        var urls = new RedirectUrls(new Uri("https://peer9001.example/done"), new Uri("https://peer9001.example/cancelled"));
        await using var scope = Services.CreateAsyncScope();
        var opened = await scope.ServiceProvider.GetRequiredService<OrderIntake>()
            .ExecuteAsync(new IncomingOrder(order, order.MerchantOcid, urls, OrderOrigin.ScannedOrder(Shopper)), CancellationToken.None);
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        return opened.Value;
    }
}
