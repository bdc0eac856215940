using Microsoft.AspNetCore.Identity;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>A person who signs in: shopper, merchant operator or admin (the role says which).</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
