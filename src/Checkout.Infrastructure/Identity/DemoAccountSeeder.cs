using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// Makes a fresh database usable: the roles always exist, and an empty user table gets one demo account per
/// role. Once anyone has an account nothing is added, so a restarted app never resurrects deleted demo users.
/// In sandbox mode the demo shopper starts with play money, so the hosted checkout can be tried at once.
/// </summary>
public sealed partial class DemoAccountSeeder(
    CheckoutDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    TopUpSandboxWallet topUp,
    SandboxMode sandbox,
    IOptions<DemoSeedOptions> options,
    ILogger<DemoAccountSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var shopper = await CreateAccountsAsync(cancellationToken);

        // Each top-up is its own unit of work, so it runs once the accounts are committed.
        if (shopper is not null && sandbox.Enabled)
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
        await CreateAsync(Roles.Admin, "Demo Admin", seed.AdminEmail, seed.AdminPassword);
        await CreateAsync(Roles.Merchant, "Demo Merchant", seed.MerchantEmail, seed.MerchantPassword);
        var shopper = await CreateAsync(Roles.Shopper, "Demo Shopper", seed.ShopperEmail, seed.ShopperPassword);
        await transaction.CommitAsync(cancellationToken);
        return shopper;
    }

    /// <summary>Play money for the demo shopper in sandbox mode.</summary>
    public static IReadOnlyList<Money> ShopperStartingBalances { get; } =
        [new(500_00, Currency.Of("USD")), new(500_00, Currency.Of("EUR"))];

    private async Task<ApplicationUser?> CreateAsync(string role, string displayName, string? email, string? password)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            LogSkipped(role);
            return null;
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Check(await users.CreateAsync(user, password), $"demo {role} {email}");
        Check(await users.AddToRoleAsync(user, role), $"demo {role} {email}");
        LogCreated(role, email);
        return user;
    }

    // A misconfigured seed (say, a password the policy rejects) must stop the start, not leave a half-usable demo.
    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            var reasons = string.Join(" ", result.Errors.Select(static e => e.Description));
            throw new InvalidOperationException($"Could not create {what}: {reasons}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created demo {Role} account {Email}")]
    private partial void LogCreated(string role, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "DemoSeed has no email or password for the {Role} account; skipped")]
    private partial void LogSkipped(string role);
}
