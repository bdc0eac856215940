namespace OpenCharge.Checkout.Sandbox.Seeding;

/// <summary>The "DemoSeed" section: one account per role, created in sandbox mode only while the database has no users.</summary>
public sealed class DemoSeedOptions
{
    public const string Section = "DemoSeed";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>
    /// The demo admin's authenticator key (Base32), published like the passwords so a newcomer can pass the admin's
    /// second factor; when empty the demo admin enrols at first sign-in like any other admin.
    /// </summary>
    public string? AdminAuthenticatorKey { get; set; }

    public string? MerchantEmail { get; set; }

    public string? MerchantPassword { get; set; }

    public string? ShopperEmail { get; set; }

    public string? ShopperPassword { get; set; }
}
