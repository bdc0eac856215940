namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>
/// What a proof must match: the order's amount and currency strings, verbatim, and an issuer from the order's own
/// signed <c>accepts</c> (the store lets each order choose how it settles).
/// </summary>
internal sealed record DemoOrderTerms(string OrderId, string Amount, string Currency, IReadOnlyList<long> Accepts);
