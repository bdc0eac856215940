using System.Security.Cryptography;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// secp256k1 private keys generated on first use and kept in the database sealed under the master key, so every
/// restart signs with the same key. Ours is <see cref="OwnKeyName"/> unless <c>Opencharge:SigningKey</c> is configured;
/// the sandbox peers keep theirs here under their own names.
/// </summary>
internal sealed class SigningKeyStore(
    IOptions<OpenchargeOptions> options,
    IDbContextFactory<CheckoutDbContext> contexts,
    MasterKeyProvider masterKeys,
    ISecp256k1 secp256k1,
    TimeProvider time,
    ILogger<SigningKeyStore> logger)
{
    public const string OwnKeyName = "opencharge-signing-key";

    /// <summary>Our own key: the configured one, or the sealed generated one.</summary>
    public Task<byte[]> LoadOwnKeyAsync(CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(options.Value.SigningKey)
            ? LoadOrCreateAsync(OwnKeyName, cancellationToken)
            : Task.FromResult(ValidatedKey(options.Value.SigningKey.Trim()));

    public async Task<byte[]> LoadOrCreateAsync(string secretName, CancellationToken cancellationToken)
    {
        using var sealer = new SecretSealer(masterKeys.GetOrCreate());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.SealedSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == secretName, cancellationToken)
            ?? await CreateAsync(db, sealer, secretName, cancellationToken);
        if (!sealer.TryOpen(secretName, stored.Nonce, stored.Ciphertext, out var key))
        {
            throw new InvalidOperationException(
                "The stored signing key cannot be unsealed: the master key (Opencharge:MasterKey or its key file) is not the one it was sealed with.");
        }
        return key;
    }

    private async Task<SealedSecret> CreateAsync(CheckoutDbContext db, SecretSealer sealer, string secretName, CancellationToken cancellationToken)
    {
        var key = GenerateKey();
        var (nonce, ciphertext) = sealer.Seal(secretName, key);
        var secret = new SealedSecret { Name = secretName, Nonce = nonce, Ciphertext = ciphertext, CreatedAt = time.GetUtcNow() };
        db.SealedSecrets.Add(secret);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Generated signing key {Name}; public key {PublicKey}", secretName, secp256k1.DerivePublicKey(key));
            return secret;
        }
        catch (DbUpdateException)
        {
            // Another instance generated the key at the same moment: use theirs so all instances agree.
            db.ChangeTracker.Clear();
            return await db.SealedSecrets.AsNoTracking().SingleAsync(s => s.Name == secretName, cancellationToken);
        }
    }

    private byte[] GenerateKey()
    {
        while (true)
        {
            var candidate = RandomNumberGenerator.GetBytes(32);
            try
            {
                secp256k1.DerivePublicKey(candidate);
                return candidate;
            }
            catch (ArgumentException)
            {
                // Outside 1..n-1 (probability about 2^-128): draw again.
            }
        }
    }

    private byte[] ValidatedKey(string hex)
    {
        if (hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[2..];
        }
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
        {
            throw new InvalidOperationException("Opencharge:SigningKey must be 64 hex characters.");
        }
        var key = Convert.FromHexString(hex);
        secp256k1.DerivePublicKey(key);
        return key;
    }
}
