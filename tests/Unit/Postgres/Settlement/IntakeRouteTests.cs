using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Postgres.Partners;

namespace OpenCharge.Checkout.UnitTests.Postgres.Settlement;

/// <summary>Planning at intake over the stored partners, the registry port and the real session store.</summary>
public sealed class IntakeRouteTests : PartnerDatabaseTest
{
    private static readonly Ocid Reserve = new(900);

    [Fact]
    public async Task Open_ReserveAtAcceptedGatewayPartner_StoresASessionOnThatRemotePath()
    {
        await SaveReserveAsync(balanceMinor: 1000_00);

        var opened = await OpenAsync();

        await using var db = NewContext();
        var stored = await db.CheckoutSessions.AsNoTracking().SingleAsync(s => s.Id == opened.Value!.Id);
        Assert.Equal(SettlementPath.PartnerReserve(Reserve), stored.Route.Path);
        Assert.Equal(AccountOwner.SettlementInFlight(Reserve), stored.Route.CreditedAccount);
    }

    [Fact]
    public async Task Open_ReserveTooSmall_ReturnsSettlementNotSupportedAndStoresNothing()
    {
        await SaveReserveAsync(balanceMinor: 5_00);

        var opened = await OpenAsync();

        Assert.Equal("settlement.not_supported", opened.Error?.Code);
        await using var db = NewContext();
        Assert.Equal(0, await db.CheckoutSessions.CountAsync());
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IPeerDirectory>(new ReserveGatewayDirectory());

    private async Task SaveReserveAsync(long balanceMinor) =>
        Assert.True((await SaveAsync(Settings(Reserve.Value, Holding(balanceMinor, 0)) with { Roles = PartnerRoles.MerchantGateway }, overwriteMirroredBalances: true)).IsSuccess);

    private Task<Result<CheckoutSession>> OpenAsync()
    {
        SignedOrder order = A.Order().Accepting(Reserve.Value).ExpiringAt(DateTimeOffset.UtcNow.AddHours(1)).Build();
        var urls = new RedirectUrls(new Uri("https://shop.example/success"), new Uri("https://shop.example/cancel"));
        return InScopeAsync(s => s.GetRequiredService<OpenCheckoutSession>().ExecuteAsync(
            new CheckoutRequest(OrderOrigin.HostedCheckout(new Ocid(300)), order, urls, order.Accepts!, ProofAddressing.MerchantOrder), ["USD"], TimeSpan.FromMinutes(15), CancellationToken.None));
    }

    /// <summary>Only the reserve gateway is in the registry, serving <c>/transfer/create</c>.</summary>
    private sealed class ReserveGatewayDirectory : IPeerDirectory
    {
        public Task<PeerLookup> FindAsync(Ocid ocid, bool refresh, CancellationToken cancellationToken) => Task.FromResult<PeerLookup>(ocid == Reserve
            ? new PeerLookup.Found(new PeerMetadata(ocid, "Reserve MG", "https://mg.example/opencharge", "04key", [SettlementCapabilities.TransferCreate], PeerSettlement.None))
            : new PeerLookup.Unknown());
    }
}
