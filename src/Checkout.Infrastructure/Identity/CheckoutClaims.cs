namespace OpenCharge.Checkout.Infrastructure.Identity;

public static class CheckoutClaims
{
    /// <summary>The name people chose for themselves; the Identity user name is their email address.</summary>
    public const string DisplayName = "opencharge:display_name";
}
