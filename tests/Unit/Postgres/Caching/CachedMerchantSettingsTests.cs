using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Caching;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.Caching;

/// <summary>
/// Issue 11 P1: order intake reads merchant settings from a short-lived cache. A change saved in this process (the
/// merchant portal) is read by the next order at once; a change written elsewhere (another node) within the time to live.
/// </summary>
public sealed class CachedMerchantSettingsTests : CheckoutDatabaseTest
{
    private static readonly Ocid Merchant = new(9001);

    private readonly FakeTimeProvider _cacheClock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task FindAsync_AfterThePortalSavesAChange_ReadsTheChange()
    {
        await SaveAsync(settings => settings.Add(MerchantSettings.Defaults(Merchant, Limits())));
        Assert.Empty((await FindCachedAsync())!.RedirectHosts);

        await SaveAsync(async settings =>
        {
            var current = (await settings.FindAsync(Merchant, CancellationToken.None))!;
            current.Change(current.Describe() with { RedirectHosts = ["shop.example"] }, DateTimeOffset.UtcNow);
        });

        Assert.Equal(["shop.example"], (await FindCachedAsync())!.RedirectHosts);
    }

    [Fact]
    public async Task FindAsync_RowWrittenByAnotherNode_IsReadOnceTheTimeToLiveHasPassed()
    {
        await SaveAsync(settings => settings.Add(MerchantSettings.Defaults(Merchant, Limits())));
        var before = (await FindCachedAsync())!.SandboxMode;

        await Database.ExecuteOnDatabaseAsync($"UPDATE merchant_settings SET sandbox_mode = NOT sandbox_mode WHERE ocid = {Merchant.Value}");
        var withinTimeToLive = (await FindCachedAsync())!.SandboxMode;
        _cacheClock.Advance(ExpiringCache<MerchantSettings>.TimeToLive);
        var afterTimeToLive = (await FindCachedAsync())!.SandboxMode;

        Assert.Equal((before, !before), (withinTimeToLive, afterTimeToLive));
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton(new ExpiringCache<MerchantSettings>(_cacheClock));

    private MerchantSettingsLimits Limits()
    {
        using var scope = NewScope();
        return scope.ServiceProvider.GetRequiredService<MerchantSettingsLimits>();
    }

    /// <summary>As order intake reads them: through the cache, in a request scope of its own.</summary>
    private async Task<MerchantSettings?> FindCachedAsync()
    {
        await using var scope = NewScope();
        var cached = ActivatorUtilities.CreateInstance<CachedMerchantSettings>(scope.ServiceProvider);
        return await cached.FindAsync(Merchant, CancellationToken.None);
    }

    private Task SaveAsync(Action<IMerchantSettings> change) => SaveAsync(settings =>
    {
        change(settings);
        return Task.CompletedTask;
    });

    /// <summary>As the portal saves them: tracked, in a unit of work of its own scope.</summary>
    private async Task SaveAsync(Func<IMerchantSettings, Task> change)
    {
        await using var scope = NewScope();
        var services = scope.ServiceProvider;
        await using var transaction = await services.GetRequiredService<IUnitOfWork>().BeginAsync(CancellationToken.None);
        await change(services.GetRequiredService<IMerchantSettings>());
        await transaction.CommitAsync(CancellationToken.None);
    }
}
