using System.Collections.Concurrent;

using OpenCharge.Checkout.E2E.Fixtures;

using OtpNet;

namespace OpenCharge.Checkout.E2E.Security;

/// <summary>
/// The authenticator app of every account the tests know: the seeded demo admin's key, and each key a test enrolled
/// through the two-factor page. The sign-in helpers ask it for the current code.
/// </summary>
public static class Authenticators
{
    private static readonly ConcurrentDictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        [DemoAccount.Admin.Email] = DemoAccount.AdminAuthenticatorKey,
    };

    /// <summary>A later enrolment of the same email (in another test's database) replaces the earlier key.</summary>
    public static void Remember(string email, string key)
    {
        Keys[email] = key;
        LoggedSecrets.Remember(key);
    }

    public static string CodeFor(string email) =>
        Keys.TryGetValue(email, out var key)
            ? Code(key)
            : throw new InvalidOperationException($"No authenticator key is known for {email}; enrol it through the sign-in helpers first.");

    public static string Code(string key) => new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal))).ComputeTotp();
}
