using System.Text.RegularExpressions;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Identity;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Sandbox.Seeding;

/// <summary>
/// Sandbox mode only: an empty user table gets one demo account per role, and the demo shopper starts with play
/// money, so the hosted checkout can be tried at once. Their passwords are published (appsettings.json, README), which
/// is why nothing outside sandbox mode runs this. Once anyone has an account nothing is added, so a restarted app
/// never resurrects deleted demo users.
/// </summary>
internal sealed partial class DemoAccountSeeder(
    CheckoutDbContext db,
    UserManager<ApplicationUser> users,
    IUserStore<ApplicationUser> userStore,
    TopUpSandboxWallet topUp,
    IOptions<DemoSeedOptions> options,
    ILogger<DemoAccountSeeder> logger)
{
    /// <summary>Play money for the demo shopper.</summary>
    public static IReadOnlyList<Money> ShopperStartingBalances { get; } =
        [new(500_00, Currency.Of("USD")), new(500_00, Currency.Of("EUR"))];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var shopper = await CreateAccountsAsync(cancellationToken);

        // Each top-up is its own unit of work, so it runs once the accounts are committed.
        if (shopper is not null)
        {
            foreach (var balance in ShopperStartingBalances)
            {
                var topped = await topUp.ExecuteAsync(shopper.Id, balance, cancellationToken);
                if (!topped.IsSuccess)
                {
                    throw new InvalidOperationException($"Could not give the demo shopper {balance}: {topped.Error.Message}");
                }
            }
        }
    }

    private async Task<ApplicationUser?> CreateAccountsAsync(CancellationToken cancellationToken)
    {
        // The user stores share this scoped context, so one transaction covers all three accounts and their
        // roles: a start killed half-way leaves no user behind, and the next start seeds again.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var seed = options.Value;
        var admin = await CreateAsync(Roles.Admin, "Demo Admin", seed.AdminEmail, seed.AdminPassword);
        if (admin is not null && !string.IsNullOrEmpty(seed.AdminAuthenticatorKey))
        {
            await EnrolAsync(admin, seed.AdminAuthenticatorKey, cancellationToken);
        }
        await CreateAsync(Roles.Merchant, "Demo Merchant", seed.MerchantEmail, seed.MerchantPassword);
        var shopper = await CreateAsync(Roles.Shopper, "Demo Shopper", seed.ShopperEmail, seed.ShopperPassword);
        await transaction.CommitAsync(cancellationToken);
        return shopper;
    }

    // A misconfigured seed (say, a password the policy rejects) must stop the start, not leave a half-usable demo.
    private async Task<ApplicationUser?> CreateAsync(string role, string displayName, string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            LogSkipped(role);
            return null;
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        (await users.CreateAsync(user, password)).EnsureSucceeded($"demo {role} {email}");
        (await users.AddToRoleAsync(user, role)).EnsureSucceeded($"demo {role} {email}");
        LogCreated(role, email);
        return user;
    }

    // Identity only ever generates keys itself; the published one goes in through the store's own port.
    private async Task EnrolAsync(ApplicationUser admin, string key, CancellationToken cancellationToken)
    {
        if (!Base32Key().IsMatch(key))
        {
            throw new InvalidOperationException("DemoSeed:AdminAuthenticatorKey must be Base32 (A-Z, 2-7), at least 16 characters.");
        }
        await ((IUserAuthenticatorKeyStore<ApplicationUser>)userStore).SetAuthenticatorKeyAsync(admin, key, cancellationToken);
        (await users.SetTwoFactorEnabledAsync(admin, true)).EnsureSucceeded($"the demo admin's second factor");
    }

    [GeneratedRegex("^[A-Z2-7]{16,}$")]
    private static partial Regex Base32Key();

    [LoggerMessage(Level = LogLevel.Information, Message = "Created demo {Role} account {Email}")]
    private partial void LogCreated(string role, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "DemoSeed has no email or password for the {Role} account; skipped")]
    private partial void LogSkipped(string role);
}
