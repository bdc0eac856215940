using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Authentication;

/// <summary>In-memory stand-in for the PostgreSQL replay store (which E2E tests exercise for real).</summary>
internal sealed class MemoryNonceStore : INonceStore
{
    private readonly HashSet<(Ocid, string)> _seen = [];

    public Task<bool> TryRecordAsync(Ocid ocid, string nonce, DateTimeOffset now, RequestTransaction? within, CancellationToken cancellationToken) =>
        Task.FromResult(_seen.Add((ocid, nonce)));

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) => Task.FromResult(0);
}
