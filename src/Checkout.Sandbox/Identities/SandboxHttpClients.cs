using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Identities;

/// <summary>The named HTTP client of each sandbox peer that calls out: its handler signs with that peer's key.</summary>
internal static class SandboxHttpClients
{
    public static IReadOnlyList<SandboxPeer> Callers { get; } = [SandboxPeer.Store, SandboxPeer.Gateway, SandboxPeer.Bank, SandboxPeer.Exchange, SandboxPeer.Switch];

    public static string NameFor(SandboxPeer peer) => $"opencharge-sandbox-{peer.ToString().ToLowerInvariant()}";
}
