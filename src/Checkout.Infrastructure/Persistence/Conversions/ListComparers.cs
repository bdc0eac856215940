using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

/// <summary>Change tracking for read-only lists stored as one array column: equal when the items are.</summary>
internal static class ListComparers
{
    public static ValueComparer<IReadOnlyList<T>> ByItems<T>() => new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToArray());
}
