using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Merchants;

namespace OpenCharge.Checkout.UnitTests.Postgres.Merchants;

public sealed class MerchantPortalStoreTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_790_000_000);

    [Fact]
    public async Task MerchantSettings_SavedThenChanged_ReadBackAsLastSaved()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var limits = new MerchantSettingsLimits(TimeSpan.FromMinutes(30), SandboxDeployment: true);
        await using (var db = database.NewContext())
        {
            var settings = MerchantSettings.Defaults(new Ocid(9001), limits);
            settings.Change(Change("https://shop.example/a", ["pay.shop.example"], TimeSpan.FromMinutes(5)), Now);
            new EfMerchantSettings(db).Add(settings);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var settings = (await new EfMerchantSettings(db).FindAsync(new Ocid(9001), CancellationToken.None))!;
            settings.Change(Change("https://shop.example/b", ["pay.shop.example", "shop.example"], null), Now);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var saved = await new EfMerchantSettings(read).FindAsync(new Ocid(9001), CancellationToken.None);
        Assert.Equal(new Uri("https://shop.example/b"), saved!.SuccessUrl);
        Assert.Equal(["pay.shop.example", "shop.example"], saved.RedirectHosts);
        Assert.Null(saved.SessionTtl);
        Assert.Equal("#1a73e8", saved.AccentColour);
    }

    [Fact]
    public async Task Challenge_RedeemedInTwoContextsAtOnce_OnlyOneCommits()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var user = new ApplicationUser { UserName = "merchant@example.test" };
        var challenge = OnboardingChallenge.Issue(user.Id, new Ocid(9001), new Ocid(200), Now);
        await using (var db = database.NewContext())
        {
            db.Users.Add(user);
            new EfOnboardingChallenges(db).Add(challenge);
            await db.SaveChangesAsync();
        }
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var inFirst = (await new EfOnboardingChallenges(first).FindAsync(challenge.Id, user.Id, CancellationToken.None))!;
        var inSecond = (await new EfOnboardingChallenges(second).FindAsync(challenge.Id, user.Id, CancellationToken.None))!;

        Assert.True(inFirst.Redeem(Now).IsSuccess);
        Assert.True(inSecond.Redeem(Now).IsSuccess);
        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var read = database.NewContext();
        Assert.Null(await new EfOnboardingChallenges(read).FindAsync(challenge.Id, "someone-else", CancellationToken.None));
        Assert.NotNull((await new EfOnboardingChallenges(read).FindAsync(challenge.Id, user.Id, CancellationToken.None))!.UsedAt);
    }

    private static MerchantSettingsChange Change(string success, IReadOnlyList<string> hosts, TimeSpan? ttl) =>
        new("Corner Shop", new Uri("https://cdn.example/logo.png"), "#1A73E8", new Uri(success), new Uri("https://shop.example/cancel"), true, hosts, ttl, true);
}
