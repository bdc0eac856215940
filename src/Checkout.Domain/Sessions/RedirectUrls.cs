namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>Where the shopper goes after paying or cancelling (gaps.md G11: success|completed, cancel|cancelled).</summary>
public sealed record RedirectUrls(Uri Success, Uri Cancel)
{
    public const int MaxUrlLength = 2048;

    /// <summary>The merchant's <c>urls.order</c>: where the signed order can be fetched again.</summary>
    public IReadOnlyList<Uri> Order { get; init; } = [];
}
