namespace OpenCharge.Checkout.Web.Accounts;

/// <summary>The <c>Accounts</c> configuration section.</summary>
internal sealed class AccountSecurityOptions
{
    public const string Section = "Accounts";

    /// <summary>How often an open circuit, and a sign-in cookie in use, are checked against the user's current standing.</summary>
    public int RevalidationSeconds { get; init; } = 60;

    public TimeSpan RevalidationInterval => TimeSpan.FromSeconds(RevalidationSeconds);
}
