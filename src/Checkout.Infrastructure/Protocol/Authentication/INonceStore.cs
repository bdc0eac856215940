using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

public interface INonceStore
{
    /// <summary>Records the nonce; false when this OCID already used it (a replay).</summary>
    Task<bool> TryRecordAsync(Ocid ocid, string nonce, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets nonces old enough that their timestamps can no longer pass the ±300 s window.</summary>
    Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
