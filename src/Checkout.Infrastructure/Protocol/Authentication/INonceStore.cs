using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

public interface INonceStore
{
    /// <summary>
    /// Records the nonce; false when this OCID already used it (a replay). With <paramref name="within"/> open the
    /// row is deferred to the request's first write and counts only if that commits, and a replay surfaces there as
    /// <see cref="NonceReplayedException"/>; otherwise it commits on its own.
    /// </summary>
    Task<bool> TryRecordAsync(Ocid ocid, string nonce, DateTimeOffset now, RequestTransaction? within, CancellationToken cancellationToken);

    /// <summary>Forgets nonces old enough that their timestamps can no longer pass the ±300 s window.</summary>
    Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
