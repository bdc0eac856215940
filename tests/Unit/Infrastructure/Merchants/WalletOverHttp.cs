using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Merchants;

/// <summary>
/// Our wallet's merchant client as production wires it (registry look-ups, signed <c>PeerClient</c> behind the SSRF
/// guard, order signature verification), as OCID 200 with a fixed key. <see cref="Us"/> publishes that key, so
/// merchants can check our signed requests. Nothing here touches a database: the key is configured, not stored.
/// </summary>
internal sealed class WalletOverHttp : IAsyncDisposable
{
    private const string SigningKey = "5c8d2a7e9b1f3c4d6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f";

    private readonly IHost _host;

    private WalletOverHttp(IHost host, PeerHost us)
    {
        _host = host;
        Us = us;
    }

    public PeerHost Us { get; }

    public IMerchantLinks Links => _host.Services.GetRequiredService<IMerchantLinks>();

    /// <summary>Starts us, knowing <paramref name="registry"/> (OCID → endpoint) and telling time by <paramref name="clock"/>.</summary>
    public static async Task<WalletOverHttp> StartAsync(IReadOnlyDictionary<long, string> registry, TimeProvider clock)
    {
        var us = await PeerHost.StartAsync(new PeerProfile { Ocid = 200, Name = "Wallet", PrivateKey = Convert.FromHexString(SigningKey) });
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Opencharge:Ocid"] = "200",
            ["Opencharge:Registry:AllowPlainHttp"] = "true",
            ["Opencharge:Network:AllowPrivateAddresses"] = "true",
        });
        builder.Configuration.AddInMemoryCollection(registry.Select(p => new KeyValuePair<string, string?>($"Opencharge:Registry:Peers:{p.Key}", p.Value)));
        builder.Services.AddLogging();
        builder.Services.AddOpencharge(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IProtocolSigner>(sp => new KeyPairSigner(new Ocid(200), Convert.FromHexString(SigningKey), sp.GetRequiredService<ISecp256k1>()));
        builder.Services.AddMerchantLinks();
        return new WalletOverHttp(builder.Build(), us);
    }

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await Us.DisposeAsync();
    }
}
