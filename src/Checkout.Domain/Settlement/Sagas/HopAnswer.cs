using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// A hop's answer as read off the wire, before any check: a proof (completed transfer or settlement), a pending payment
/// (<c>/payment/create</c>, or <c>/verify</c> of one not paid yet), a refusal (4xx, expired, unknown txid), or none
/// (timeout, reset, 5xx, an answer we cannot read). <see cref="Request"/> is the body we sent.
/// </summary>
public abstract record HopAnswer(string Request, int? HttpStatus)
{
    public sealed record Proved(string Request, int? HttpStatus, ProofEnvelope Envelope) : HopAnswer(Request, HttpStatus);

    /// <summary>A pending payment; <c>Accepts</c> is the answer's <c>settlement.accepts</c>, or null when it names none.</summary>
    public sealed record Pending(string Request, int? HttpStatus, string Txid, IReadOnlyList<Ocid>? Accepts, string? Amount, string? Currency)
        : HopAnswer(Request, HttpStatus);

    public sealed record Refused(string Request, int? HttpStatus, string Reason) : HopAnswer(Request, HttpStatus);

    public sealed record Unanswered(string Request, int? HttpStatus, string Reason) : HopAnswer(Request, HttpStatus);
}
