namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>
/// What a peer publishes in its metadata (objects.md §9). Read at every <c>metadata.json</c> request, so a test may
/// change it while the peer runs; peers that cache metadata (the gateway does for 5 minutes) see it later.
/// </summary>
public sealed class PeerProfile
{
    public required long Ocid { get; init; }

    public string Name { get; set; } = "Test peer";

    public IReadOnlyList<string> Capabilities { get; set; } = ["transfer.webhook"];

    /// <summary><c>config.settlement.currencies</c>; no <c>settlement</c> object is published when both lists are empty.</summary>
    public IReadOnlyList<string> SettlementCurrencies { get; set; } = ["USD"];

    /// <summary><c>config.settlement.accepts</c>: the OCIDs whose proofs this peer takes.</summary>
    public IReadOnlyList<long> Accepts { get; set; } = [];

    /// <summary>A fixed port (0 picks a free one), for tests that stop a peer and bring it back at the same address.</summary>
    public int Port { get; init; }

    /// <summary>A fixed 32-byte key; a random valid one when absent.</summary>
    public byte[]? PrivateKey { get; init; }

    /// <summary>The clock that judges <c>X-OC-Timestamp</c> and stamps proofs, responses and outgoing requests.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
