using System.Globalization;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// What an operator-chosen admin password must clear on top of Identity's own policy: a length, no copy of the email,
/// none of the demo passwords published in appsettings.json and the README, and zxcvbn's strength estimate (score 3,
/// "safely unguessable: moderate protection from offline slow-hash scenario") with our own words as known inputs.
/// </summary>
public static class AdminPasswordRules
{
    public const int MinLength = 12;
    public const int MinScore = 3;

    private static readonly string[] OurWords = ["opencharge", "checkout", "admin", "demo", "sandbox"];

    /// <summary>Why <paramref name="password"/> is too weak for <paramref name="email"/>, or null when it will do.</summary>
    public static string? Weakness(string password, string email, IEnumerable<string?> knownPasswords)
    {
        if (password.Length < MinLength)
        {
            return $"The password must be at least {MinLength} characters long.";
        }
        var localPart = email.Split('@')[0];
        if (localPart.Length > 0 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
        {
            return "The password must not contain the email address's name.";
        }
        if (knownPasswords.Any(known => string.Equals(known, password, StringComparison.Ordinal)))
        {
            return "The password is a published demo password.";
        }
        var estimate = global::Zxcvbn.Zxcvbn.MatchPassword(password, [email, localPart, .. OurWords]);
        return estimate.Score < MinScore
            ? string.Create(CultureInfo.InvariantCulture, $"The password is too easy to guess (strength {estimate.Score} of 4, at least {MinScore} needed).")
            : null;
    }
}
