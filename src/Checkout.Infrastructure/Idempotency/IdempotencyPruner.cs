using OpenCharge.Checkout.Infrastructure.Jobs;

namespace OpenCharge.Checkout.Infrastructure.Idempotency;

internal sealed class IdempotencyPruner(IdempotencyStore store, TimeProvider time) : IPeriodicJob
{
    public static TimeSpan Interval => TimeSpan.FromMinutes(10);

    public Task<int> RunAsync(CancellationToken cancellationToken) => store.PruneAsync(time.GetUtcNow(), cancellationToken);
}
