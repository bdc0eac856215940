using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.UnitTests.Domain.Orders;

/// <summary>Verifies every order as its merchant's, publishing <see cref="PublishedAccepts"/>, unless told to fail.</summary>
internal sealed class FakeOrderSignatures : IOrderSignatures
{
    public DomainError? Failure { get; set; }

    public IReadOnlyList<Ocid> PublishedAccepts { get; set; } = [];

    public int Calls { get; private set; }

    public Task<Result<PeerMetadata>> VerifyAsync(SignedOrder order, CancellationToken cancellationToken)
    {
        Calls++;
        Result<PeerMetadata> result = Failure is { } failure
            ? failure
            : new PeerMetadata(order.MerchantOcid, "Corner Café", "https://cafe.example/opencharge", "04key", [], new PeerSettlement(["USD"], PublishedAccepts));
        return Task.FromResult(result);
    }
}
