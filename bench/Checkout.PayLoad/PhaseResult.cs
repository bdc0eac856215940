namespace OpenCharge.Checkout.PayLoad;

/// <summary>A phase's headline figure and whether it ran clean (no errors, books balanced).</summary>
internal sealed record PhaseResult(double Figure, bool Clean);
