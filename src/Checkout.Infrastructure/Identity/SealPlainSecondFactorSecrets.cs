using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Identity;

/// <summary>
/// At start-up, before anyone signs in: seals the authenticator keys and recovery codes written before they were sealed
/// (a deployment upgraded in place). <see cref="SealingUserStore"/> refuses unsealed values, so none may stay behind;
/// once all are sealed this finds nothing and writes nothing.
/// </summary>
internal sealed partial class SealPlainSecondFactorSecrets(CheckoutDbContext db, SecondFactorSealer sealer, ILogger<SealPlainSecondFactorSecrets> logger)
{
    /// <returns>How many values it sealed.</returns>
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var plain = await db.UserTokens
            .Where(token => token.LoginProvider == SecondFactorSealer.LoginProvider
                && (token.Name == SecondFactorSealer.AuthenticatorKeyName || token.Name == SecondFactorSealer.RecoveryCodesName)
                && token.Value != null
                && !token.Value.StartsWith(SecondFactorSealer.Prefix))
            .ToListAsync(cancellationToken);
        foreach (var token in plain)
        {
            token.Value = sealer.Seal(token.UserId, token.Name, token.Value!);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (plain.Count > 0)
        {
            LogSealed(plain.Count);
        }
        return plain.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed {Count} second-factor secrets stored before sealing")]
    private partial void LogSealed(int count);
}
