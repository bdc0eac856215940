using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>Signed protocol calls to the services on a settlement path (endpoints.md C2–C4, C6).</summary>
public interface ISettlementPeers
{
    /// <summary>Sends the call with its step's idempotency key; never throws for a peer's failure, it answers Unanswered.</summary>
    Task<HopAnswer> SendAsync(SagaCall call, CancellationToken cancellationToken);

    /// <summary><c>GET {peer}/verify/{txid}</c>: completed → Proved, pending → Pending, expired or 404 → Refused.</summary>
    Task<HopAnswer> VerifyAsync(Ocid peer, string txid, CancellationToken cancellationToken);
}
