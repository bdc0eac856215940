using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Infrastructure.Wallet;

/// <summary>
/// One payment from the wallet as its receipt shows it. <see cref="Amount"/> is the merchant's string, verbatim, as
/// the proof repeats it (gaps.md G16).
/// </summary>
public sealed record WalletReceipt(
    string Txid,
    Ocid MerchantOcid,
    string OrderId,
    string Amount,
    Currency Currency,
    WalletPaymentStatus Status,
    DateTimeOffset PaidAt,
    SettlementPathKind Path)
{
    public IReadOnlyList<OrderItem> Items { get; init; } = [];

    public string? Reference { get; init; }

    public string? Memo { get; init; }

    /// <summary>The service whose proof pays the merchant, when that is not us: the merchant gateway, or a remote path's last hop.</summary>
    public Ocid? SettledThrough { get; init; }
}
