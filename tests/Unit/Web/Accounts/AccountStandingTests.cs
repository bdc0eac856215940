using System.Security.Claims;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.UnitTests.Postgres;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.UnitTests.Web.Accounts;

/// <summary>Against real Identity stores on PostgreSQL: the check every open circuit and sign-in cookie goes through.</summary>
public sealed class AccountStandingTests : IAsyncLifetime
{
    private const string Password = "Standing#2026";

    private PostgresDatabase? _database;
    private ServiceProvider? _services;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        var services = new ServiceCollection().AddLogging();
        services.AddDbContext<CheckoutDbContext>(options => options.UseNpgsql(_database.ConnectionString));
        services.AddCheckoutIdentity();
        services.AddAuthentication();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Verify_UserUnchangedSinceSignIn_ReturnsUser()
    {
        var principal = await SignedInAsync();

        var user = await VerifyAsync(principal);

        Assert.Equal(principal.FindFirstValue(ClaimTypes.NameIdentifier), user?.Id);
    }

    [Fact]
    public async Task Verify_UserLockedOutAfterSignIn_ReturnsNull()
    {
        var principal = await SignedInAsync();

        await ChangeUserAsync(principal, static (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddDays(1)));

        Assert.Null(await VerifyAsync(principal));
    }

    [Fact]
    public async Task Verify_UserDeletedAfterSignIn_ReturnsNull()
    {
        var principal = await SignedInAsync();

        await ChangeUserAsync(principal, static (users, user) => users.DeleteAsync(user));

        Assert.Null(await VerifyAsync(principal));
    }

    [Fact]
    public async Task Verify_PasswordChangedAfterSignIn_ReturnsNull()
    {
        var principal = await SignedInAsync();

        await ChangeUserAsync(principal, static (users, user) => users.ChangePasswordAsync(user, Password, "Other#Pass2026"));

        Assert.Null(await VerifyAsync(principal));
    }

    private IServiceProvider Services => _services ?? throw new InvalidOperationException("Built in InitializeAsync.");

    /// <summary>A new user and the principal a sign-in cookie would carry for them, security stamp included.</summary>
    private async Task<ClaimsPrincipal> SignedInAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"standing-{Guid.NewGuid():N}@unit.test";
        var user = new ApplicationUser { UserName = email, Email = email };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
    }

    private async Task ChangeUserAsync(ClaimsPrincipal principal, Func<UserManager<ApplicationUser>, ApplicationUser, Task<IdentityResult>> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("The user is gone already.");
        Assert.True((await change(users, user)).Succeeded);
    }

    private async Task<ApplicationUser?> VerifyAsync(ClaimsPrincipal principal)
    {
        await using var scope = Services.CreateAsyncScope();
        return await AccountStanding.VerifyAsync(scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>(), principal);
    }
}
