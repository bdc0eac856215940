namespace OpenCharge.Checkout.E2E.Protocol.NegativeVectors;

/// <summary>One request built from a correctly signed one, and the answer authentication.md §5 and errors.md §3 demand.</summary>
/// <param name="Name">Shown in the test results: <c>base/component-mutation</c>.</param>
/// <param name="Status">The HTTP status; 200 marks a positive control.</param>
/// <param name="Code">The envelope's <c>error.code</c>, or null for a positive control.</param>
/// <param name="Build">Makes the request from the peers of <see cref="VectorPeers"/> at the moment it is sent.</param>
public sealed record InboundVector(string Name, int Status, string? Code, Func<VectorPeers, SignedParts> Build);
