using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.UnitTests.Postgres.Partners;

public sealed class EfPartnersTests : PartnerDatabaseTest
{
    [Fact]
    public async Task Save_NewPartner_IsListedWithEverythingItWasGiven()
    {
        var settings = Settings(100, Holding(1000_00, 50_00)) with
        {
            Roles = PartnerRoles.MerchantGateway | PartnerRoles.SettlementProvider,
            ProofAddressing = ProofAddressing.GatewaySession,
            ReserveCurrencies = [Usd, Currency.Of("EUR")],
        };

        Assert.True((await SaveAsync(settings, overwriteMirroredBalances: true)).IsSuccess);

        var partner = Assert.Single(await ListAsync());
        Assert.Equal(("Partner 100", PartnerRoles.MerchantGateway | PartnerRoles.SettlementProvider, ProofAddressing.GatewaySession), (partner.Name, partner.Roles, partner.ProofAddressing));
        Assert.Equal(["pay.example"], partner.RedirectHosts);
        Assert.Equal([Usd, Currency.Of("EUR")], partner.ReserveCurrencies);
        var holding = Assert.Single(partner.Holdings);
        Assert.Equal((new Money(1000_00, Usd), 50_00L), (holding.MirroredBalance, holding.LowBalanceThresholdMinor));
    }

    [Fact]
    public async Task Save_ExistingPartnerKeepingMirrors_UpdatesThresholdButNotBalance()
    {
        await SaveAsync(Settings(100, Holding(1000_00, 50_00)), overwriteMirroredBalances: true);

        await SaveAsync(Settings(100, Holding(5_00, 70_00)) with { Name = "Renamed" }, overwriteMirroredBalances: false);

        var partner = Assert.Single(await ListAsync());
        Assert.Equal("Renamed", partner.Name);
        var holding = Assert.Single(partner.Holdings);
        Assert.Equal((1000_00L, 70_00L), (holding.MirroredBalanceMinor, holding.LowBalanceThresholdMinor));
    }

    [Fact]
    public async Task Save_ExistingPartnerOverwritingMirrors_SetsTheBalance()
    {
        await SaveAsync(Settings(100, Holding(1000_00, 50_00)), overwriteMirroredBalances: true);

        await SaveAsync(Settings(100, Holding(5_00, 50_00), new HoldingSettings(new Money(7, Currency.Of("EUR")), new Money(0, Currency.Of("EUR")))), overwriteMirroredBalances: true);

        var partner = Assert.Single(await ListAsync());
        Assert.Equal([5_00L, 7L], partner.Holdings.OrderBy(h => h.Currency.Code, StringComparer.Ordinal).Reverse().Select(h => h.MirroredBalanceMinor));
        Assert.True(partner.HoldingIn(Usd)!.IsLow);
    }

    [Fact]
    public async Task Save_TwoHoldingsInOneCurrency_IsRefusedAndNothingIsStored()
    {
        var result = await SaveAsync(Settings(100, Holding(1_00, 0), Holding(2_00, 0)), overwriteMirroredBalances: true);

        Assert.Equal(PartnerErrors.InvalidCode, result.Error?.Code);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task LockHolding_NoHoldingInThatCurrency_ReturnsNull()
    {
        await SaveAsync(Settings(100, Holding(1_00, 0)), overwriteMirroredBalances: true);

        var holding = await InScopeAsync(s => s.GetRequiredService<IPartners>().LockHoldingAsync(new Ocid(100), Currency.Of("EUR"), CancellationToken.None));

        Assert.Null(holding);
    }

    [Fact]
    public async Task LockHolding_TwentyConcurrentSpends_EachLowersTheMirrorOnce()
    {
        await SaveAsync(Settings(100, Holding(1000_00, 0)), overwriteMirroredBalances: true);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(SpendOneDollarAsync)));

        Assert.Equal(980_00L, Assert.Single(Assert.Single(await ListAsync()).Holdings).MirroredBalanceMinor);
    }

    private Task<bool> SpendOneDollarAsync() => InScopeAsync(async services =>
    {
        await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(CancellationToken.None);
        var holding = await services.GetRequiredService<IPartners>().LockHoldingAsync(new Ocid(100), Usd, CancellationToken.None);
        holding!.RecordSpent(new Money(1_00, Usd));
        await transaction.CommitAsync(CancellationToken.None);
        return true;
    });
}
