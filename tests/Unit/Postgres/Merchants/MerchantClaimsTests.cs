using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Merchants;

namespace OpenCharge.Checkout.UnitTests.Postgres.Merchants;

public sealed class MerchantClaimsTests
{
    [Fact]
    public async Task OwnedByAsync_ClaimedTwiceAndByAnotherUser_ListsEachUsersOwnOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var (alice, bob) = (new ApplicationUser { UserName = "alice@example.test" }, new ApplicationUser { UserName = "bob@example.test" });
        await using (var db = database.NewContext())
        {
            db.Users.AddRange(alice, bob);
            await db.SaveChangesAsync();
            var claims = new EfMerchantClaims(db);
            await claims.AddAsync(MerchantClaim.Prove(new Ocid(7), alice.Id, DateTimeOffset.UnixEpoch), CancellationToken.None);
            await db.SaveChangesAsync();
            await claims.AddAsync(MerchantClaim.Prove(new Ocid(7), alice.Id, DateTimeOffset.UnixEpoch), CancellationToken.None);
            await claims.AddAsync(MerchantClaim.Prove(new Ocid(9), bob.Id, DateTimeOffset.UnixEpoch), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var reader = new EfMerchantClaims(read);
        Assert.Equal([new Ocid(7)], await reader.OwnedByAsync(alice.Id, CancellationToken.None));
        Assert.True(await reader.OwnsAsync(bob.Id, new Ocid(9), CancellationToken.None));
        Assert.False(await reader.OwnsAsync(bob.Id, new Ocid(7), CancellationToken.None));
    }
}
