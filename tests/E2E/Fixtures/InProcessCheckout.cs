using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Sessions;
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

    /// <summary>Gives a fresh shopper 20.00 USD of play money and pays the session from it, as the checkout page would.</summary>
    public Task<SessionPayment> TopUpAndPayAsync(SessionId session, string shopper) => RunAsync(async services =>
    {
        Assert.True(Money.TryParse("20.00", Currency.Of("USD"), out var money));
        var topUp = await services.GetRequiredService<TopUpSandboxWallet>().ExecuteAsync(shopper, money, CancellationToken.None);
        Assert.True(topUp.IsSuccess, topUp.Error?.Message);
        var paid = await services.GetRequiredService<PaySession>().ExecuteAsync(session, shopper, PaymentMethodKind.WalletBalance, CancellationToken.None);
        Assert.True(paid.IsSuccess, paid.Error?.Message);
        return paid.Value;
    });

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
