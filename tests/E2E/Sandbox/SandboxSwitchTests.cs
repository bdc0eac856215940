using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Sandbox;

public sealed class SandboxSwitchTests
{
    [Fact]
    public async Task App_SandboxDisabled_ServesNothingUnderSandbox()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = await CheckoutHost.StartAsync(database.ConnectionString, new Dictionary<string, string> { ["Sandbox:Enabled"] = "false" });
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };

        using var store = await http.GetAsync("/sandbox/store");
        using var storeMetadata = await http.GetAsync("/sandbox/store/opencharge/metadata.json");
        using var gatewayMetadata = await http.GetAsync("/sandbox/gateway/opencharge/metadata.json");
        using var ours = await http.GetAsync("/opencharge/metadata.json");

        Assert.Equal([404, 404, 404, 200], new[] { store, storeMetadata, gatewayMetadata, ours }.Select(r => (int)r.StatusCode));
    }
}
