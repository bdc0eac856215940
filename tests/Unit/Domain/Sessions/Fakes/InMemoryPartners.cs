using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

internal sealed class InMemoryPartners : IPartners
{
    private readonly List<Partner> _partners = [];

    public Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Partner>>(_partners);

    public Task<Partner?> FindAsync(Ocid ocid, CancellationToken cancellationToken) => Task.FromResult(_partners.SingleOrDefault(p => p.Ocid == ocid));

    public Task<PartnerHolding?> LockHoldingAsync(Ocid partner, Currency currency, CancellationToken cancellationToken) =>
        Task.FromResult(_partners.SingleOrDefault(p => p.Ocid == partner)?.HoldingIn(currency));

    public void Add(Partner partner) => _partners.Add(partner);
}
