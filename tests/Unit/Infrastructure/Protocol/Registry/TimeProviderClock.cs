using Microsoft.Extensions.Internal;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Registry;

/// <summary>Lets a real <c>MemoryCache</c> expire entries on a fake <see cref="TimeProvider"/>'s time.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
