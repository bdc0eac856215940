namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// A class fixture running the app with the given settings on a fresh database, shared by the tests of the class.
/// Each setup is a small sealed subclass naming its settings; fixtures that also start peers compose
/// <see cref="CheckoutWithDatabase"/> themselves.
/// </summary>
public abstract class AppFixture(IReadOnlyDictionary<string, string> settings) : IAsyncLifetime
{
    private CheckoutWithDatabase? _app;

    public TestDatabase Database => App.Database;

    public CheckoutHost Host => App.Host;

    private CheckoutWithDatabase App => _app ?? throw new InvalidOperationException("The app starts in InitializeAsync.");

    // xunit does not dispose a fixture whose initialisation failed; StartAsync cleans up after itself instead.
    public async Task InitializeAsync() => _app = await CheckoutWithDatabase.StartAsync(settings);

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
