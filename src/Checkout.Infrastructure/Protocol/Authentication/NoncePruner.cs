using OpenCharge.Checkout.Infrastructure.Jobs;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

internal sealed class NoncePruner(INonceStore nonces, TimeProvider time) : IPeriodicJob
{
    public static TimeSpan Interval => TimeSpan.FromMinutes(1);

    public Task<int> RunAsync(CancellationToken cancellationToken) => nonces.PruneAsync(time.GetUtcNow(), cancellationToken);
}
