using System.Security.Cryptography;
using System.Text;

using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// Seals the two second-factor secrets Identity keeps in <c>AspNetUserTokens</c> (the authenticator key and the
/// recovery codes) under the master key. The token name and the user id are the associated data, so a sealed value
/// copied onto another user's row, or from the key's row onto the codes' row, fails to open. A sealed value starts
/// with <see cref="Prefix"/>, which neither a Base32 key nor a list of recovery codes can contain, so a value written
/// before sealing is told apart by its look.
/// </summary>
internal sealed class SecondFactorSealer(MasterKeyProvider masterKeys) : IDisposable
{
    /// <summary>Identity's own login provider for the tokens it keeps (a private constant in <c>UserStoreBase</c>).</summary>
    public const string LoginProvider = "[AspNetUserStore]";

    public const string AuthenticatorKeyName = "AuthenticatorKey";

    public const string RecoveryCodesName = "RecoveryCodes";

    public const string Prefix = "sealed:v1:";

    // Created on first use: hosts that never touch a second factor never read or generate the master key.
    private readonly Lazy<SecretSealer> _sealer = new(() => new SecretSealer(masterKeys.GetOrCreate()));

    public static bool Covers(string loginProvider, string name) =>
        loginProvider == LoginProvider && name is AuthenticatorKeyName or RecoveryCodesName;

    public static bool IsSealed(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    public string Seal(string userId, string name, string plaintext)
    {
        var (nonce, ciphertext) = _sealer.Value.Seal(AssociatedData(userId, name), Encoding.UTF8.GetBytes(plaintext));
        return $"{Prefix}{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(ciphertext)}";
    }

    /// <exception cref="CryptographicException">
    /// The value is not sealed, was sealed for another user or token, was altered, or another master key sealed it.
    /// </exception>
    public string Open(string userId, string name, string stored)
    {
        var parts = IsSealed(stored) ? stored[Prefix.Length..].Split(':') : [];
        if (parts.Length == 2
            && TryDecode(parts[0], out var nonce)
            && TryDecode(parts[1], out var ciphertext)
            && _sealer.Value.TryOpen(AssociatedData(userId, name), nonce, ciphertext, out var plaintext))
        {
            return Encoding.UTF8.GetString(plaintext);
        }
        throw new CryptographicException($"The {name} stored for user {userId} is not sealed for that user under this master key.");
    }

    public void Dispose()
    {
        if (_sealer.IsValueCreated)
        {
            _sealer.Value.Dispose();
        }
    }

    private static string AssociatedData(string userId, string name) => $"{name}:{userId}";

    private static bool TryDecode(string base64, out byte[] bytes)
    {
        var buffer = new byte[base64.Length];
        var decoded = Convert.TryFromBase64String(base64, buffer, out var written);
        bytes = buffer[..written];
        return decoded;
    }
}
