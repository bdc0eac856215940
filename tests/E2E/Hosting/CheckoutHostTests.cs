using System.Net;

using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Hosting;

/// <summary>The behaviour later tests rely on when they stop, crash and restart the app mid-flow.</summary>
public sealed class CheckoutHostTests : IAsyncLifetime
{
    // Its own app per test, not a shared class fixture: these tests stop and kill it.
    private readonly CheckoutAppFixture _app = new();

    private CheckoutHost Host => _app.Host;

    public Task InitializeAsync() => _app.InitializeAsync();

    [Fact]
    public async Task StopAsync_RunningApp_ShutsItDownGracefully()
    {
        await Host.StopAsync();

        Assert.False(Host.IsRunning);
        Assert.Contains("Application is shutting down", Host.Log);
    }

    [Fact]
    public async Task RestartAsync_AfterKill_ServesTheSameUrlFromTheSameDatabase()
    {
        var baseUrl = Host.BaseUrl;

        Host.Kill();
        await Host.RestartAsync();

        Assert.True(Host.IsRunning);
        Assert.Equal(baseUrl, Host.BaseUrl);
        using var http = new HttpClient();
        using var response = await http.GetAsync(Host.BaseUrl + "/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The second start found the first start's users, so it seeded nothing.
        Assert.Equal(DemoAccount.All.Count, CountOccurrences(Host.Log, "Created demo"));
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    private static int CountOccurrences(string text, string value) =>
        text.Split(value).Length - 1;
}
