using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// The app outside Development (Staging: production defaults, no sandbox), trusting a TLS-terminating proxy on
/// loopback, which is where the tests' own requests come from.
/// </summary>
public sealed class BehindProxyFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private CheckoutHost? _host;

    public CheckoutHost Host => _host ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        try
        {
            _host = await CheckoutHost.StartAsync(_database.ConnectionString, new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Staging",
                ["Hosting:ForwardedHeaders:KnownProxies"] = "127.0.0.1",
            });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }
    }
}
