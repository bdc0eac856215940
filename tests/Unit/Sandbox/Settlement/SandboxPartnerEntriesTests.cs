using Microsoft.Extensions.Configuration;

using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Partners;
using OpenCharge.Checkout.Sandbox.Settlement;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Settlement;

public sealed class SandboxPartnerEntriesTests
{
    [Fact]
    public void Missing_NothingConfigured_MakesTheBankAReserveHoldingGatewayAndProviderAndTheExchangeAGateway()
    {
        var configuration = Configuration([]);

        var partners = ConfiguredPartners.Read(Configuration(SandboxPartnerEntries.Missing(configuration))).Value!;

        var bank = Assert.Single(partners, p => p.Ocid.Value == 9002);
        Assert.Equal(("Demo Bank", PartnerRoles.MerchantGateway | PartnerRoles.SettlementProvider), (bank.Name, bank.Roles));
        Assert.Equal("100000.00", Assert.Single(bank.Holdings).Balance.ToWireString());
        var exchange = Assert.Single(partners, p => p.Ocid.Value == 9003);
        Assert.Equal((PartnerRoles.MerchantGateway, 0), (exchange.Roles, exchange.Holdings.Count));
        Assert.DoesNotContain(partners, p => p.Ocid.Value == 9004);
    }

    [Fact]
    public void Missing_BankAlreadyConfigured_LeavesItAlone()
    {
        var entries = SandboxPartnerEntries.Missing(Configuration(new() { ["Opencharge:Partners:9002:Roles"] = "SettlementProvider" }));

        Assert.DoesNotContain(entries.Keys, key => key.StartsWith("Opencharge:Partners:9002:", StringComparison.Ordinal));
        Assert.Contains("Opencharge:Partners:9003:Roles", entries.Keys);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
