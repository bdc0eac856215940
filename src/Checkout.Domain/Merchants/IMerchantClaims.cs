using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>Which merchant OCIDs a portal user has proven to hold; every merchant-scoped read filters by it.</summary>
public interface IMerchantClaims
{
    Task<IReadOnlyList<Ocid>> OwnedByAsync(string userId, CancellationToken cancellationToken);

    Task<bool> OwnsAsync(string userId, Ocid ocid, CancellationToken cancellationToken);

    /// <summary>Adds the claim to the current unit of work; claiming an OCID twice is a no-op.</summary>
    Task AddAsync(MerchantClaim claim, CancellationToken cancellationToken);
}
