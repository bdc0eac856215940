namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>An account the app seeds into an empty database from its DemoSeed settings.</summary>
public sealed record DemoAccount(string Role, string DisplayName, string Email, string Password)
{
    /// <summary>The demo admin is seeded enrolled with this authenticator key (Base32); the sign-in helpers compute its codes.</summary>
    public const string AdminAuthenticatorKey = "E2EADMINAUTHENTICATORKEY234567AB";

    public static readonly DemoAccount Admin = new("Admin", "Demo Admin", "admin@e2e.test", "Admin#e2e2026");
    public static readonly DemoAccount Merchant = new("Merchant", "Demo Merchant", "merchant@e2e.test", "Merchant#e2e2026");
    public static readonly DemoAccount Shopper = new("Shopper", "Demo Shopper", "shopper@e2e.test", "Shopper#e2e2026");

    public static IReadOnlyList<DemoAccount> All { get; } = [Admin, Merchant, Shopper];

    public static DemoAccount For(string role) => All.Single(account => account.Role == role);

    /// <summary>Host settings that make the app seed exactly these accounts, whatever appsettings.json says.</summary>
    public static IReadOnlyDictionary<string, string> SeedSettings { get; } = All
        .SelectMany(static account => new[]
        {
            KeyValuePair.Create($"DemoSeed:{account.Role}Email", account.Email),
            KeyValuePair.Create($"DemoSeed:{account.Role}Password", account.Password),
        })
        .Append(KeyValuePair.Create("DemoSeed:AdminAuthenticatorKey", AdminAuthenticatorKey))
        .ToDictionary();
}
