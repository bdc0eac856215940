using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// The next remote call of a saga, with everything its body needs. For <c>/payment/create</c>, <see cref="To"/> is
/// whom the pending payment pays and its reference the <c>order.id</c> (gaps.md G28: the next hop's pending txid, or
/// the merchant's order); for <c>/transfer/create</c> it is the transfer's <c>to</c>; for <c>/payment/settle</c> it
/// is where the proof the hop returns must be addressed.
/// </summary>
public sealed record SagaCall(int Step, SagaStepOperation Operation, Ocid Target, string IdempotencyKey, ProofParty To, string Amount, string Currency)
{
    /// <summary>The merchant's order URLs, sent only on the call that pays the merchant (gaps.md G12: as an array).</summary>
    public IReadOnlyList<string> OrderUrls { get; init; } = [];

    /// <summary><c>/payment/create</c>: the hop that will pay it, which must be in the answer's <c>settlement.accepts</c>.</summary>
    public Ocid? Payer { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary><c>/payment/settle</c>: the pending payment to settle, and the proof that pays it.</summary>
    public string? SettleTxid { get; init; }

    public StoredProof? SettleProof { get; init; }

    /// <summary>An earlier attempt's answer was lost and the hop's txid is known: ask <c>/verify</c> before sending again.</summary>
    public string? ResolveTxid { get; init; }

    public bool ReturnsProof => Operation != SagaStepOperation.PaymentCreate;
}
