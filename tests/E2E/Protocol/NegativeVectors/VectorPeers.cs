using OpenCharge.Checkout.E2E.FakePeers;

namespace OpenCharge.Checkout.E2E.Protocol.NegativeVectors;

/// <summary>The signer, a second registered peer, and a peer the gateway has never heard of.</summary>
public sealed record VectorPeers(TestPeer Signer, TestPeer OtherRegistered, TestPeer Unregistered);
