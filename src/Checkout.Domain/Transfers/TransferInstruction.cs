using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Transfers;

/// <summary>
/// A validated <c>TransferCreateRequest</c> (objects.md §6) from an authenticated caller. <see cref="ToReference"/> is
/// <c>to.reference</c>, else <c>order.id</c>; <see cref="Amount"/> is the caller's string, copied into the proof
/// verbatim (gaps.md G16), and <see cref="Money"/> the same value parsed.
/// </summary>
public sealed record TransferInstruction(
    Ocid Caller,
    Ocid? FromOcid,
    string? FromReference,
    Ocid ToOcid,
    string ToReference,
    string Amount,
    Money Money,
    string? Memo)
{
    public Currency Currency => Money.Currency;
}
