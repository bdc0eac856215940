using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Transfers;

/// <summary>
/// A partner's <c>/transfer/create</c> that moved money. Unique per (caller, <c>from.reference</c>,
/// <c>to.reference</c>): a repeat finds this row and answers the same proof instead of paying twice.
/// </summary>
public sealed class Transfer
{
    public const int MaxReferenceLength = 128;

    private Transfer()
    {
    }

    public Guid Id { get; private set; }

    public Ocid Caller { get; private set; }

    /// <summary>Empty when the caller sent none: an absent reference is one key, not a wildcard.</summary>
    public string FromReference { get; private set; } = "";

    public string ToReference { get; private set; } = "";

    public Ocid ToOcid { get; private set; }

    public string Amount { get; private set; } = "";

    public string Currency { get; private set; } = "";

    /// <summary>The txid of the proof we signed for it.</summary>
    public string Txid { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static Transfer Record(TransferInstruction instruction, string txid, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        Caller = instruction.Caller,
        FromReference = instruction.FromReference ?? "",
        ToReference = instruction.ToReference,
        ToOcid = instruction.ToOcid,
        Amount = instruction.Amount,
        Currency = instruction.Currency.Code,
        Txid = txid,
        CreatedAt = now,
    };

    /// <summary>Whether a repeat with the same references asks for this very transfer, not another one.</summary>
    public bool IsSameAs(TransferInstruction instruction) =>
        ToOcid == instruction.ToOcid && Amount == instruction.Amount && Currency == instruction.Currency.Code;
}
