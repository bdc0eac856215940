namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>One page of a merchant's list, and how many rows the whole list has.</summary>
public sealed record MerchantPage<T>(IReadOnlyList<T> Rows, int TotalCount)
{
    public const int MaxPageSize = 100;

    public static void CheckBounds(int pageIndex, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pageIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
    }
}
