using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Partners;

/// <summary>
/// Adds a partner or restates one, with its holdings, in one unit of work. <c>overwriteMirroredBalances</c>
/// tells the operator's own correction (admin page) from a configured opening balance, which must not undo the
/// payments that moved the mirror since (docs/decisions.md, "Issue 8: partners and settlement paths").
/// </summary>
public sealed class SavePartner(IUnitOfWork unitOfWork, IPartners partners, TimeProvider time)
{
    public async Task<Result<Partner>> ExecuteAsync(PartnerSettings settings, bool overwriteMirroredBalances, CancellationToken cancellationToken)
    {
        if (Validate(settings) is { } invalid)
        {
            return invalid;
        }
        var now = time.GetUtcNow();
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var partner = await partners.FindAsync(settings.Ocid, cancellationToken);
        if (partner is null)
        {
            partner = Partner.Create(settings.Ocid, settings.Name, settings.Roles, now);
            partners.Add(partner);
        }
        partner.Describe(settings.Name.Trim(), settings.Roles, settings.ProofAddressing, settings.RedirectHosts, settings.ReserveCurrencies, now);
        foreach (var holding in settings.Holdings)
        {
            var balance = overwriteMirroredBalances ? holding.Balance.Minor : partner.HoldingIn(holding.Currency)?.MirroredBalanceMinor ?? holding.Balance.Minor;
            partner.Hold(holding.Currency, balance, holding.LowBalanceThreshold.Minor, now);
        }
        await transaction.CommitAsync(cancellationToken);
        return partner;
    }

    /// <summary>What the settings break, before anything is read or written; null when they are sound.</summary>
    public static DomainError? Validate(PartnerSettings settings)
    {
        if (!settings.Ocid.IsAssigned)
        {
            return PartnerErrors.Invalid(settings.Ocid, "the OCID must be a positive integer.");
        }
        if (string.IsNullOrWhiteSpace(settings.Name) || settings.Name.Trim().Length > Partner.MaxNameLength)
        {
            return PartnerErrors.Invalid(settings.Ocid, $"the name must have 1 to {Partner.MaxNameLength} characters.");
        }
        if (settings.RedirectHosts.FirstOrDefault(h => Uri.CheckHostName(h) == UriHostNameType.Unknown) is { } host)
        {
            return PartnerErrors.Invalid(settings.Ocid, $"'{host}' is not a host name.");
        }
        if (settings.Holdings.GroupBy(h => h.Currency).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return PartnerErrors.Invalid(settings.Ocid, $"two holdings in {twice.Key}.");
        }
        if (settings.Holdings.FirstOrDefault(h => h.LowBalanceThreshold.Currency != h.Currency || h.Balance.Minor < 0 || h.LowBalanceThreshold.Minor < 0) is { } bad)
        {
            return PartnerErrors.Invalid(settings.Ocid, $"the {bad.Currency} holding needs a balance and threshold of zero or more in {bad.Currency}.");
        }
        return null;
    }
}
