using System.ComponentModel.DataAnnotations;

using Microsoft.AspNetCore.Identity;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// The operator's way to the first admin (and any later one) outside sandbox mode, where no account is seeded: the
/// account and its Admin role are saved together or not at all.
/// </summary>
public sealed class CreateAdminAccount(CheckoutDbContext db, UserManager<ApplicationUser> users)
{
    public async Task<Result> ExecuteAsync(string email, string password, IEnumerable<string?> knownPasswords, CancellationToken cancellationToken = default)
    {
        if (!new EmailAddressAttribute().IsValid(email))
        {
            return new DomainError("admin.invalid_email", $"'{email}' is not an email address.");
        }
        if (AdminPasswordRules.Weakness(password, email, knownPasswords) is { } weakness)
        {
            return new DomainError("admin.weak_password", weakness);
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return new DomainError("admin.email_taken", $"An account with the email {email} already exists.");
        }

        // The user store shares this scoped context, so both saves below run inside this transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var admin = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            // Identity's own policy (digits, symbols, …) and its uniqueness checks speak here.
            return new DomainError("admin.rejected", created.Describe());
        }
        (await users.AddToRoleAsync(admin, Roles.Admin)).EnsureSucceeded($"the Admin role of {email}");
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
