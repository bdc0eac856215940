using Microsoft.Playwright;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Merchant;

/// <summary>Issue 10: the merchant's delivery log, redelivering a failed delivery, and another merchant's data staying hidden.</summary>
[Collection(AccountBrowserCollection.Name)]
public sealed class DeliveriesTests(BrowserFixture browser, DeliveriesFixture app) : IClassFixture<DeliveriesFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>How long one look at a freshly loaded delivery waits before the page is reloaded.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Glance = new() { Timeout = 3_000 };

    [Fact]
    public async Task Redeliver_AfterTheWebhookAnswered500AndHealed_DeliversTheProof()
    {
        var merchant = app.Peer(DeliveriesFixture.OwnOcid);
        merchant.WebhookFailureStatus = 500;
        var txid = await app.PayAsync(DeliveriesFixture.OwnOcid);
        var delivery = await app.DeliveryAsync(txid, DeliveriesFixture.OwnOcid);
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var deliveries = new MerchantDeliveriesPage(page);
        await SignInAsMerchantAsync(page);

        await deliveries.OpenDeliveryLogAsync();
        await deliveries.OpenFromLogAsync(delivery);
        var failed = deliveries.Attempts.First;
        await deliveries.ReloadUntilAsync(() => Expect(failed.GetByTestId("attempt-status")).ToHaveTextAsync("500", Glance), Patience);
        await Expect(failed.GetByTestId("attempt-excerpt")).ToContainTextAsync("E2E fault: HTTP 500");
        await Expect(deliveries.Status).ToHaveAttributeAsync("data-status", "Pending");
        merchant.WebhookFailureStatus = null;
        await deliveries.RedeliverAsync();

        await Expect(deliveries.Message).ToContainTextAsync("Redelivery queued");
        await deliveries.ReloadUntilAsync(() => Expect(deliveries.Attempts.Last.GetByTestId("attempt-status")).ToHaveTextAsync("200", Glance), Patience);
        await Expect(deliveries.Status).ToHaveAttributeAsync("data-status", "Delivered");
        Assert.Contains(merchant.ReceivedProofs, p => p.Txid == txid);
        await page.AssertNoAxeViolationsAsync();
    }

    [Fact]
    public async Task AnotherMerchantsDeliveryAndStatement_AreNotFoundAndShowNothingOfThem()
    {
        var txid = await app.PayAsync(DeliveriesFixture.OthersOcid);
        var delivery = await app.DeliveryAsync(txid, DeliveriesFixture.OthersOcid);
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var deliveries = new MerchantDeliveriesPage(page);
        await SignInAsMerchantAsync(page);

        await deliveries.OpenDirectlyAsync(delivery);

        await Expect(deliveries.NotFound).ToBeVisibleAsync();
        Assert.DoesNotContain(txid, await page.ContentAsync(), StringComparison.Ordinal);
        var statement = await context.APIRequest.GetAsync($"/merchant/export/statement.csv?ocid={DeliveriesFixture.OthersOcid}&currency=USD");
        Assert.Equal(404, statement.Status);
        var sessions = await (await context.APIRequest.GetAsync("/merchant/export/sessions.csv")).TextAsync();
        var merchants = sessions.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => row.Split(',')[1]);
        Assert.All(merchants, ocid => Assert.Equal("9301", ocid));
        await deliveries.OpenDeliveryLogAsync();
        await Expect(page.Locator($"[data-delivery=\"{delivery}\"]")).ToHaveCountAsync(0);
    }

    private async Task SignInAsMerchantAsync(IPage page)
    {
        var signIn = new SignInPage(page);
        await signIn.OpenAsync();
        await signIn.SignInAsync(DemoAccount.Merchant.Email, DemoAccount.Merchant.Password);
        await Expect(page).ToHaveURLAsync(app.Host.BaseUrl + "/merchant");
    }
}
