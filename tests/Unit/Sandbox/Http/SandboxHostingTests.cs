using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

using OpenCharge.Checkout.Sandbox.Http;
using OpenCharge.Checkout.Sandbox.Identities;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Http;

public sealed class SandboxHostingTests
{
    private const string DemoStoreEntry = "Opencharge:Registry:Peers:9001";
    private const string DemoGatewayEntry = "Opencharge:Registry:Peers:9000";
    private const string DemoBankEntry = "Opencharge:Registry:Peers:9002";
    private const string DemoBankPartner = "Opencharge:Partners:9002:Roles";

    [Theory]
    [InlineData("Development", "false")]
    [InlineData("Production", null)]
    public void AddSandbox_SandboxOff_LeavesRegistryPartnersAndServicesAlone(string environment, string? enabled)
    {
        var builder = Builder(environment, enabled);

        builder.AddSandbox();

        Assert.Null(builder.Configuration[DemoStoreEntry]);
        Assert.Null(builder.Configuration[DemoGatewayEntry]);
        Assert.Null(builder.Configuration[DemoBankEntry]);
        Assert.False(builder.Configuration.GetSection("Opencharge:Partners").Exists());
        Assert.DoesNotContain(builder.Services, service => service.ServiceType == typeof(SandboxIdentities));
    }

    [Theory]
    [InlineData("Development", null)]
    [InlineData("Staging", "true")]
    public void AddSandbox_SandboxOn_RegistersTheDemoPeersAndTheBankAsPartner(string environment, string? enabled)
    {
        var builder = Builder(environment, enabled);

        builder.AddSandbox();

        Assert.Equal("http://localhost:5080/sandbox/store/opencharge", builder.Configuration[DemoStoreEntry]);
        Assert.Equal("http://localhost:5080/sandbox/gateway/opencharge", builder.Configuration[DemoGatewayEntry]);
        Assert.Equal("http://localhost:5080/sandbox/bank/opencharge", builder.Configuration[DemoBankEntry]);
        Assert.Equal("MerchantGateway, SettlementProvider", builder.Configuration[DemoBankPartner]);
    }

    private static WebApplicationBuilder Builder(string environment, string? enabled)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Opencharge:PublicBaseUrl"] = "http://localhost:5080",
            ["Sandbox:Enabled"] = enabled,
        });
        return builder;
    }
}
