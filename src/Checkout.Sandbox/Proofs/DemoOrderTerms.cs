namespace OpenCharge.Checkout.Sandbox.Proofs;

/// <summary>What a proof must match: the order's amount and currency strings, verbatim.</summary>
internal sealed record DemoOrderTerms(string OrderId, string Amount, string Currency);
