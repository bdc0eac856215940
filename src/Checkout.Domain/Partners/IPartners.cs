using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Partners;

/// <summary>The partners the operator configured (merchant gateways and settlement providers), persisted.</summary>
public interface IPartners
{
    Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken);

    Task<Partner?> FindAsync(Ocid ocid, CancellationToken cancellationToken);

    /// <summary>Our holding at the partner in this currency, locked until the unit of work ends; null when we hold none.</summary>
    Task<PartnerHolding?> LockHoldingAsync(Ocid partner, Currency currency, CancellationToken cancellationToken);

    void Add(Partner partner);
}
