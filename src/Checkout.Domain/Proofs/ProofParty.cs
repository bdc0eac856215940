using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>A proof's <c>from</c> or <c>to</c>: an OCID and that side's reference (objects.md §5).</summary>
public sealed record ProofParty(Ocid Ocid, string? Reference);
