using System.Text.RegularExpressions;

using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.E2E.Pages;

using static Microsoft.Playwright.Assertions;

namespace OpenCharge.Checkout.E2E.Hosting;

[Collection(AccountBrowserCollection.Name)]
public sealed class MetricsEndpointTests(BrowserFixture browser, CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task Metrics_AfterAPayment_ServesPrometheusTextWithTheCustomMeters()
    {
        await using var context = await browser.NewContextAsync(app.Host.BaseUrl);
        var page = await context.NewPageAsync();
        var checkout = new CheckoutPage(page);
        await DemoStorePurchase.BuyFirstProductAndSignInAsync(page);
        await checkout.PayAsync();
        await Expect(checkout.PaidHeading).ToBeVisibleAsync();

        using var http = new HttpClient();
        using var response = await http.GetAsync(app.Host.BaseUrl + "/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, text);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(new Regex("""checkout_payments_total\{[^}]*currency="USD"[^}]*\} 1\b"""), text);
        Assert.Matches(new Regex("""checkout_payments_volume_total\{[^}]*currency="USD"[^}]*\} 1250\b"""), text);
        Assert.Contains("checkout_outbox_lag_seconds", text);
        Assert.Contains("checkout_deliveries_attempts_total", text);
        Assert.Contains("checkout_reserve_balance", text);
        Assert.Contains("http_server_request_duration_seconds", text);
        Assert.Contains("db_client_operation_duration_seconds", text);
        // Counted per buffer, socket read or route match on the hot path and not exported (docs/decisions.md, issue 11).
        Assert.DoesNotContain("aspnetcore_memory_pool_", text);
        Assert.DoesNotContain("db_client_operation_npgsql_bytes_", text);
    }
}
