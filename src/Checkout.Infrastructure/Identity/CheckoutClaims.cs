namespace OpenCharge.Checkout.Infrastructure.Identity;

public static class CheckoutClaims
{
    /// <summary>The name people chose for themselves; the Identity user name is their email address.</summary>
    public const string DisplayName = "opencharge:display_name";

    /// <summary>Held instead of the Admin role by an admin who has not enrolled a second factor yet.</summary>
    public const string AdminEnrolmentPending = "opencharge:admin_enrolment_pending";
}
