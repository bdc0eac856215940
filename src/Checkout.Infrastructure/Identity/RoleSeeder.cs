using Microsoft.AspNetCore.Identity;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// The roles exist in every database, whatever the mode: registration and the operator's <c>admin create</c> command
/// assign them. Accounts are never seeded here; demo accounts are the sandbox's business.
/// </summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                (await roles.CreateAsync(new IdentityRole(role))).EnsureSucceeded($"role {role}");
            }
        }
    }
}
