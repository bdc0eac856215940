using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Infrastructure.BackOffice.Users;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Users;

/// <summary>Role and lockout changes over real Identity stores, each with its audit line.</summary>
public sealed class ManageUsersTests : CheckoutDatabaseTest
{
    private Actor _admin = new("", "");
    private string _merchantId = "";

    protected override void ConfigureServices(IServiceCollection services) => services.AddCheckoutIdentity().AddUserAdministration();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await InScopeAsync(async services =>
        {
            await services.GetRequiredService<RoleSeeder>().SeedAsync();
            return true;
        });
        var adminId = await CreateUserAsync("admin@example.test", Roles.Admin);
        _admin = new Actor(adminId, "admin@example.test");
        _merchantId = await CreateUserAsync("someone@example.test", Roles.Shopper);
    }

    [Fact]
    public async Task ChangeRole_GrantMerchant_AddsTheRoleAndAuditsBeforeAndAfter()
    {
        var outcome = await ManageAsync(manage => manage.ChangeRoleAsync(_admin, _merchantId, Roles.Merchant, grant: true, CancellationToken.None));

        Assert.Equal(UserChange.Done, outcome);
        Assert.Equal([Roles.Merchant, Roles.Shopper], (await FindAsync("someone")).Roles);
        var audited = Assert.Single(AuditLines(AuditActions.UserRolesChanged));
        Assert.Equal(("admin@example.test", "someone@example.test"), (audited.Actor, audited.Subject));
        Assert.Equal("""{"roles": ["Shopper"]}""", audited.Before);
        Assert.Equal("""{"roles": ["Merchant", "Shopper"]}""", audited.After);
    }

    [Fact]
    public async Task ChangeRole_RevokeOwnAdmin_IsRefusedAndChangesNothing()
    {
        var outcome = await ManageAsync(manage => manage.ChangeRoleAsync(_admin, _admin.UserId, Roles.Admin, grant: false, CancellationToken.None));

        Assert.Equal(UserChange.OwnAdminRole, outcome);
        Assert.Equal([Roles.Admin], (await FindAsync("admin")).Roles);
        Assert.Empty(AuditLines(AuditActions.UserRolesChanged));
    }

    [Fact]
    public async Task ChangeRole_Shopper_IsNotManagedHere()
    {
        var outcome = await ManageAsync(manage => manage.ChangeRoleAsync(_admin, _merchantId, Roles.Shopper, grant: false, CancellationToken.None));

        Assert.Equal(UserChange.RoleNotManaged, outcome);
    }

    [Fact]
    public async Task SetLocked_Self_IsRefused()
    {
        var outcome = await ManageAsync(manage => manage.SetLockedAsync(_admin, _admin.UserId, locked: true, CancellationToken.None));

        Assert.Equal(UserChange.OwnLockout, outcome);
        Assert.False((await FindAsync("admin")).IsLockedOutAt(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task SetLocked_AnotherUserThenUnlocked_LocksUnlocksAndAuditsBoth()
    {
        await ManageAsync(manage => manage.SetLockedAsync(_admin, _merchantId, locked: true, CancellationToken.None));
        var locked = await FindAsync("someone");
        await ManageAsync(manage => manage.SetLockedAsync(_admin, _merchantId, locked: false, CancellationToken.None));
        var unlocked = await FindAsync("someone");

        Assert.True(locked.IsLockedOutAt(DateTimeOffset.UtcNow));
        Assert.False(unlocked.IsLockedOutAt(DateTimeOffset.UtcNow));
        Assert.Single(AuditLines(AuditActions.UserLockedOut));
        Assert.Single(AuditLines(AuditActions.UserUnlocked));
    }

    private async Task<string> CreateUserAsync(string email, string role) => await InScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email };
        (await users.CreateAsync(user, "Quartz-lantern-Meadow-7319")).EnsureSucceeded("create a user");
        (await users.AddToRoleAsync(user, role)).EnsureSucceeded("add a role");
        return user.Id;
    });

    private Task<UserChange> ManageAsync(Func<ManageUsers, Task<UserChange>> change) =>
        InScopeAsync(services => change(services.GetRequiredService<ManageUsers>()));

    private async Task<UserSummary> FindAsync(string text) =>
        Assert.Single((await InScopeAsync(services => services.GetRequiredService<UserDirectory>().SearchAsync(text, 0, 10, CancellationToken.None))).Users);

    private List<AuditEvent> AuditLines(string action)
    {
        using var db = Database.NewContext();
        return [.. db.AuditEvents.Where(e => e.Action == action)];
    }
}
