using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// Identity's EF user store, except that the authenticator key and the recovery codes reach the database only sealed
/// (<see cref="SecondFactorSealer"/>). Identity reads and writes both through these two methods only, so key checks,
/// counting recovery codes and redeeming one (read, remove, write back) all work on the opened value.
/// </summary>
internal sealed class SealingUserStore(CheckoutDbContext context, SecondFactorSealer sealer, IdentityErrorDescriber describer)
    : UserStore<ApplicationUser, IdentityRole, CheckoutDbContext, string>(context, describer)
{
    /// <remarks>
    /// A value that does not open throws rather than reading as "none": a user without an authenticator key signs in
    /// with the password alone, so a tampered row must not turn the second factor off.
    /// </remarks>
    public override async Task<string?> GetTokenAsync(ApplicationUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return stored is not null && SecondFactorSealer.Covers(loginProvider, name) ? sealer.Open(user.Id, name, stored) : stored;
    }

    public override Task SetTokenAsync(ApplicationUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(
            user,
            loginProvider,
            name,
            value is not null && SecondFactorSealer.Covers(loginProvider, name) ? sealer.Seal(user.Id, name, value) : value,
            cancellationToken);
}
