using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// The gateway's use cases wired as the app wires them, against the same database and master key as a running
/// <see cref="CheckoutHost"/>: for tests that call a use case directly while the app serves browsers.
/// </summary>
public sealed class InProcessCheckout : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private InProcessCheckout(ServiceProvider services) => _services = services;

    public static async Task<InProcessCheckout> StartAsync(string connectionString, CheckoutHost host)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Checkout"] = connectionString,
                ["Opencharge:Ocid"] = "200",
                ["Opencharge:PublicBaseUrl"] = host.BaseUrl,
                ["Opencharge:MasterKeyFile"] = host.MasterKeyFile,
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCheckoutPersistence(configuration)
            .AddOpencharge(configuration, new TestEnvironment())
            .AddCheckout()
            .BuildServiceProvider();
        await services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
        return new InProcessCheckout(services);
    }

    /// <summary>Runs <paramref name="work"/> in its own DI scope, as one request or one Blazor operation would.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "Checkout.E2E";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
