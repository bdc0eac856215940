using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>
/// What one sandbox peer accepts at its <c>/transfer/webhook</c>: whose proofs, addressed to whom, and whether
/// <c>to.reference</c> may name a checkout session instead of an order (gaps.md G19's alternative addressing).
/// </summary>
public sealed record ProofPolicy(IReadOnlySet<Ocid> AcceptedIssuers, IReadOnlySet<Ocid> Recipients, bool ReferenceMayBeSession);
