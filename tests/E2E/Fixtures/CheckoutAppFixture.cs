namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// A class fixture for tests that need the app with its demo accounts and nothing else: a fresh database
/// and one running app, shared by the tests of the class. Tests needing other settings compose
/// <see cref="TestDatabase"/> and <see cref="CheckoutHost"/> themselves.
/// </summary>
public sealed class CheckoutAppFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private CheckoutHost? _host;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public CheckoutHost Host => _host ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        try
        {
            _host = await CheckoutHost.StartAsync(_database.ConnectionString, DemoAccount.SeedSettings);
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed; do not leave the database behind.
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
