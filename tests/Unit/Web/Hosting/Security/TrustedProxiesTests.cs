using System.Net;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Web.Hosting.Security;

namespace OpenCharge.Checkout.UnitTests.Web.Hosting.Security;

public sealed class TrustedProxiesTests
{
    [Fact]
    public void AreConfigured_WithNothingConfigured_IsFalse()
    {
        Assert.False(TrustedProxies.AreConfigured(Configuration([])));
    }

    [Fact]
    public void AddTrustedProxies_WithCommaSeparatedProxies_TrustsExactlyThose()
    {
        var options = Options(new() { ["Hosting:ForwardedHeaders:KnownProxies"] = "10.0.0.5, 2001:db8::1" });

        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("2001:db8::1")], options.KnownProxies);
        Assert.Empty(options.KnownIPNetworks);
    }

    [Fact]
    public void AddTrustedProxies_WithNetworkList_TrustsThoseNetworksAndNotLoopback()
    {
        var options = Options(new()
        {
            ["Hosting:ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8",
            ["Hosting:ForwardedHeaders:KnownNetworks:1"] = "fd00::/8",
        });

        Assert.Equal([System.Net.IPNetwork.Parse("10.0.0.0/8"), System.Net.IPNetwork.Parse("fd00::/8")], options.KnownIPNetworks);
        Assert.Empty(options.KnownProxies);
    }

    [Fact]
    public void AddTrustedProxies_WithMalformedProxy_RefusesToStartNamingTheKey()
    {
        var configuration = Configuration(new() { ["Hosting:ForwardedHeaders:KnownProxies"] = "10.0.0.300" });

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddTrustedProxies(configuration));

        Assert.Equal("Hosting:ForwardedHeaders:KnownProxies has '10.0.0.300', which is not an IP address.", error.Message);
    }

    [Fact]
    public void AddTrustedProxies_WithMalformedNetwork_RefusesToStart()
    {
        var configuration = Configuration(new() { ["Hosting:ForwardedHeaders:KnownNetworks"] = "10.0.0.0/33" });

        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddTrustedProxies(configuration));
    }

    private static ForwardedHeadersOptions Options(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddTrustedProxies(Configuration(settings))
            .BuildServiceProvider()
            .GetRequiredService<IOptions<ForwardedHeadersOptions>>()
            .Value;

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
