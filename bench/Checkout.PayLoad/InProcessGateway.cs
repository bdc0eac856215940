using System.Security.Cryptography;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>The gateway's use cases wired as the app wires them (EF ports, real unit of work, our signing key), without its web host.</summary>
internal static class InProcessGateway
{
    public static async Task<ServiceProvider> StartAsync(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Checkout"] = connectionString,
                ["Opencharge:Ocid"] = BenchSessions.Us.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Opencharge:SigningKey"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
                ["Opencharge:PublicBaseUrl"] = "http://127.0.0.1",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCheckoutPersistence(configuration)
            .AddOpencharge(configuration, new BenchEnvironment())
            .AddCheckout()
            .BuildServiceProvider();
        await services.GetRequiredService<LocalProtocolSigner>().InitializeAsync(CancellationToken.None);
        return services;
    }

    private sealed class BenchEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Checkout.PayLoad";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
