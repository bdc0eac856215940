using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Jobs;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>Drives <see cref="ExpireSessions"/> until no batch is left, and tells open pages which sessions expired.</summary>
internal sealed class SessionExpirer(ExpireSessions expire, SessionEvents events) : IPeriodicJob
{
    public static TimeSpan Interval => TimeSpan.FromSeconds(15);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var expired = await expire.ExecuteAsync(cancellationToken);
            foreach (var id in expired)
            {
                events.Publish(id);
            }
            total += expired.Count;
            if (expired.Count < ExpireSessions.BatchSize)
            {
                return total;
            }
        }
    }
}
