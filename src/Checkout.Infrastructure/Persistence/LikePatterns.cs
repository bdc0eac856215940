namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>Text a user typed, as an ILIKE pattern that matches it anywhere; its own % and _ match only themselves.</summary>
internal static class LikePatterns
{
    public const string Escape = "\\";

    public static string Containing(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
