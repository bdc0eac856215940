using System.Security.Cryptography;

namespace OpenCharge.Checkout.Domain.Transfers;

/// <summary>
/// How a peer names a shopper's wallet in <c>to.reference</c> (docs/decisions.md): <c>wallet_</c> and 24 random hex
/// digits, fixed when the account is created and shown on the wallet page. Opaque (no user id leaks, gaps.md G14)
/// and 96 random bits, so references cannot be enumerated.
/// </summary>
public static class WalletReference
{
    public const string Prefix = "wallet_";
    public const int Length = 31;

    public static string New() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public static bool IsWalletReference(string? reference) =>
        reference is { Length: Length }
        && reference.StartsWith(Prefix, StringComparison.Ordinal)
        && reference[Prefix.Length..].All(char.IsAsciiHexDigitLower);
}
