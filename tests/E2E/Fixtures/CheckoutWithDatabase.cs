namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>A fresh database and one app running on it with the given settings, disposed together.</summary>
public sealed class CheckoutWithDatabase : IAsyncDisposable
{
    private CheckoutWithDatabase(TestDatabase database, CheckoutHost host)
    {
        Database = database;
        Host = host;
    }

    public TestDatabase Database { get; }

    public CheckoutHost Host { get; }

    public static async Task<CheckoutWithDatabase> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var database = await TestDatabase.CreateAsync();
        try
        {
            return new CheckoutWithDatabase(database, await CheckoutHost.StartAsync(database.ConnectionString, settings));
        }
        catch
        {
            // Nobody holds the database yet to dispose it later; do not leave it behind.
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The app first: it holds connections to the database, which cannot be dropped while they are open.
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
