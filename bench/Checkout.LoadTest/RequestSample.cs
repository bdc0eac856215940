namespace OpenCharge.Checkout.LoadTest;

/// <summary>One request: when it was sent and how long its answer took, both in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
internal readonly record struct RequestSample(long Started, long Ticks);
