using System.Net;
using System.Text.Json;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Hosting;

public sealed class HealthEndpointTests(CheckoutAppFixture app) : IClassFixture<CheckoutAppFixture>
{
    [Fact]
    public async Task Health_OnAFreshApp_ReportsTheDatabaseAndTheOutboxLagAsHealthy()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync(app.Host.BaseUrl + "/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("Healthy", root.GetProperty("status").GetString());
        Assert.Equal("Healthy", root.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        var outbox = root.GetProperty("checks").GetProperty("outbox");
        Assert.Equal("Healthy", outbox.GetProperty("status").GetString());
        Assert.Equal(0, outbox.GetProperty("data").GetProperty("lagSeconds").GetDouble());
    }
}
