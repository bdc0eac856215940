using System.Text.Json;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// A merchant user changes the settings of an OCID they claimed: validated, saved and audited
/// (<c>merchant.settings.changed</c> with the settings before and after) in one unit of work.
/// </summary>
public sealed class ChangeMerchantSettings(
    IUnitOfWork unitOfWork, IMerchantClaims claims, IMerchantSettings settings, IAuditLog audit, MerchantSettingsLimits limits, TimeProvider time)
{
    public async Task<Result<MerchantSettings>> ExecuteAsync(
        string userId, string actor, Ocid ocid, MerchantSettingsChange change, CancellationToken cancellationToken)
    {
        if (!await claims.OwnsAsync(userId, ocid, cancellationToken))
        {
            return MerchantSettingsErrors.NotClaimed(ocid);
        }
        if (MerchantSettingsRules.Validate(ocid, change, limits) is { } invalid)
        {
            return invalid;
        }
        try
        {
            await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
            var now = time.GetUtcNow();
            var current = await settings.FindAsync(ocid, cancellationToken);
            var before = current is null ? null : Json(current.Describe());
            if (current is null)
            {
                current = MerchantSettings.Defaults(ocid, limits);
                settings.Add(current);
            }
            current.Change(change, now);
            audit.Append(AuditEvent.Record(now, actor, AuditActions.MerchantSettingsChanged, ocid.ToString(), before, Json(current.Describe())));
            await transaction.CommitAsync(cancellationToken);
            return current;
        }
        catch (ConcurrencyConflictException)
        {
            return MerchantSettingsErrors.ChangedMeanwhile(ocid);
        }
    }

    private static string Json(MerchantSettingsChange described) => JsonSerializer.Serialize(new
    {
        displayName = described.DisplayName,
        logoUrl = described.LogoUrl?.ToString(),
        accentColour = described.AccentColour,
        successUrl = described.SuccessUrl?.ToString(),
        cancelUrl = described.CancelUrl?.ToString(),
        alwaysUseMyUrls = described.AlwaysUseMyUrls,
        redirectHosts = described.RedirectHosts,
        sessionTtlMinutes = described.SessionTtl?.TotalMinutes,
        sandboxMode = described.SandboxMode,
    });
}
