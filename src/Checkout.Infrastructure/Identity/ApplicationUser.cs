using Microsoft.AspNetCore.Identity;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>A person who signs in: shopper, merchant operator or admin (the role says which).</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>How peers credit this user's wallet through our <c>/transfer/webhook</c> and <c>/transfer/create</c>.</summary>
    public string WalletReference { get; private set; } = Domain.Transfers.WalletReference.New();
}
