using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Partners;

namespace OpenCharge.Checkout.UnitTests.Postgres.Partners;

public sealed class ImportConfiguredPartnersTests : PartnerDatabaseTest
{
    [Fact]
    public async Task Execute_ConfiguredProviderWithHolding_StoresIt()
    {
        Assert.True((await ImportAsync()).IsSuccess);

        var partner = Assert.Single(await ListAsync());
        Assert.Equal(("Bank", PartnerRoles.MerchantGateway | PartnerRoles.SettlementProvider), (partner.Name, partner.Roles));
        Assert.Equal([Currency.Of("USD")], partner.ReserveCurrencies);
        Assert.Equal((1000_00L, 50_00L), (partner.Holdings[0].MirroredBalanceMinor, partner.Holdings[0].LowBalanceThresholdMinor));
    }

    [Fact]
    public async Task Execute_AfterPaymentsAndAnAdminRename_RestatesTheNameButKeepsTheMirror()
    {
        await ImportAsync();
        await SaveAsync(Settings(100, Holding(400_00, 50_00)) with { Name = "Edited" }, overwriteMirroredBalances: true);

        await ImportAsync();

        var partner = Assert.Single(await ListAsync());
        Assert.Equal(("Bank", 400_00L), (partner.Name, partner.Holdings[0].MirroredBalanceMinor));
    }

    protected override Dictionary<string, string?> Configuration(string connectionString)
    {
        var configuration = base.Configuration(connectionString);
        configuration["Opencharge:Partners:100:Name"] = "Bank";
        configuration["Opencharge:Partners:100:Roles"] = "MerchantGateway,SettlementProvider";
        configuration["Opencharge:Partners:100:ReserveCurrencies:0"] = "USD";
        configuration["Opencharge:Partners:100:Holdings:USD:Balance"] = "1000.00";
        configuration["Opencharge:Partners:100:Holdings:USD:LowBalanceThreshold"] = "50.00";
        return configuration;
    }

    private Task<Result> ImportAsync() =>
        InScopeAsync(s => s.GetRequiredService<ImportConfiguredPartners>().ExecuteAsync(CancellationToken.None));
}
