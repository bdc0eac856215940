using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>Gathers what the path finder needs for an order that neither we nor the calling gateway can settle in our ledger.</summary>
public interface ISettlementKnowledge
{
    /// <summary>
    /// Our partners with their holdings, and the metadata of the partners and of a bounded number of the accepted
    /// OCIDs; peers that cannot be resolved are left out rather than failing the order.
    /// </summary>
    Task<SettlementKnowledge> ForOrderAsync(IReadOnlyList<Ocid> accepts, Currency currency, CancellationToken cancellationToken);
}
