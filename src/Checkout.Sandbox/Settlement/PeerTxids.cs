using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>Txids a settlement peer issues: its name, the kind, and a time-ordered unique part.</summary>
internal static class PeerTxids
{
    public static string New(SandboxPeer peer, string kind) => $"{peer.ToString().ToLowerInvariant()}{kind}_{Guid.CreateVersion7():N}";
}
