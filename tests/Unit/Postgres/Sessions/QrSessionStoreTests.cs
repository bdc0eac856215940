using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.UnitTests.Postgres.Sessions;

/// <summary>Wallet QR sessions over the real store: one pending code per shopper, found by id or by short code.</summary>
public sealed class QrSessionStoreTests : CheckoutDatabaseTest
{
    [Fact]
    public async Task Start_TenConcurrentRefreshesOfOneShopper_LeaveExactlyOnePendingCode()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => StartAsync("user_1")));

        await using var db = Database.NewContext();
        var statuses = await db.QrSessions.Where(s => s.ShopperUserId == "user_1").Select(s => s.Status).ToListAsync();
        Assert.Equal(10, statuses.Count);
        Assert.Single(statuses, status => status == QrSessionStatus.Pending);
    }

    [Fact]
    public async Task Find_ByShortCodeTypedWithHyphenInLowerCase_ReturnsTheSession()
    {
        var started = await StartAsync("user_1");

        var found = await InScopeAsync(s => s.GetRequiredService<IQrSessions>().FindAsync(started.ShortCode.Display.ToLowerInvariant(), CancellationToken.None));

        Assert.Equal(started.Id, found?.Id);
    }

    private Task<QrSession> StartAsync(string shopper) =>
        InScopeAsync(s => s.GetRequiredService<StartQrSession>().ExecuteAsync(shopper, QrSession.DefaultTimeToLive, CancellationToken.None));
}
