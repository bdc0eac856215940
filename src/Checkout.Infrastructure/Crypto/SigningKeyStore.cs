using System.Security.Cryptography;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// Finds our secp256k1 private key: <c>Opencharge:SigningKey</c> when configured, otherwise the key generated on first
/// start and kept in the database sealed under the master key, so every restart signs with the same key.
/// </summary>
internal sealed class SigningKeyStore(
    IOptions<OpenchargeOptions> options,
    IDbContextFactory<CheckoutDbContext> contexts,
    MasterKeyProvider masterKeys,
    ISecp256k1 secp256k1,
    TimeProvider time,
    ILogger<SigningKeyStore> logger)
{
    public const string SecretName = "opencharge-signing-key";

    public async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.SigningKey))
        {
            return ValidatedKey(options.Value.SigningKey.Trim());
        }

        using var sealer = new SecretSealer(masterKeys.GetOrCreate());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.SealedSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.Name == SecretName, cancellationToken);
        if (stored is null)
        {
            stored = await CreateAsync(db, sealer, cancellationToken);
        }
        if (!sealer.TryOpen(SecretName, stored.Nonce, stored.Ciphertext, out var key))
        {
            throw new InvalidOperationException(
                "The stored signing key cannot be unsealed: the master key (Opencharge:MasterKey or its key file) is not the one it was sealed with.");
        }
        return key;
    }

    private async Task<SealedSecret> CreateAsync(CheckoutDbContext db, SecretSealer sealer, CancellationToken cancellationToken)
    {
        var key = GenerateKey();
        var (nonce, ciphertext) = sealer.Seal(SecretName, key);
        var secret = new SealedSecret { Name = SecretName, Nonce = nonce, Ciphertext = ciphertext, CreatedAt = time.GetUtcNow() };
        db.SealedSecrets.Add(secret);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Generated a new signing key; public key {PublicKey}", secp256k1.DerivePublicKey(key));
            return secret;
        }
        catch (DbUpdateException)
        {
            // Another instance generated the key at the same moment: use theirs so all instances agree.
            db.ChangeTracker.Clear();
            return await db.SealedSecrets.AsNoTracking().SingleAsync(s => s.Name == SecretName, cancellationToken);
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
