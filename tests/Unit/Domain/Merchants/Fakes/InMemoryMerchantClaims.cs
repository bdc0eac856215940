using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;

namespace OpenCharge.Checkout.UnitTests.Domain.Merchants.Fakes;

internal sealed class InMemoryMerchantClaims : IMerchantClaims
{
    private readonly List<MerchantClaim> _claims = [];

    public IReadOnlyList<MerchantClaim> All => _claims;

    public Task<IReadOnlyList<Ocid>> OwnedByAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Ocid>>([.. _claims.Where(c => c.UserId == userId).Select(c => c.Ocid)]);

    public Task<bool> OwnsAsync(string userId, Ocid ocid, CancellationToken cancellationToken) =>
        Task.FromResult(_claims.Any(c => c.UserId == userId && c.Ocid == ocid));

    public Task AddAsync(MerchantClaim claim, CancellationToken cancellationToken)
    {
        if (!_claims.Any(c => c.UserId == claim.UserId && c.Ocid == claim.Ocid))
        {
            _claims.Add(claim);
        }
        return Task.CompletedTask;
    }
}
