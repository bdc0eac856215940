using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// The three sandbox settlement peers, chosen so that each route of docs/settlement.md has a peer to end at:
/// the Demo Bank holds our reserve (partner reserve), the Demo Exchange takes the Bank's proofs (common provider),
/// and the Demo Switch takes the Exchange's (2-hop chain).
/// </summary>
internal sealed class SettlementPeerProfiles(IOptions<SandboxOptions> options)
{
    private static readonly IReadOnlyList<string> BankCapabilities = [SettlementPeerProfile.TransferCreate, SettlementPeerProfile.VerifyTxid];

    private static readonly IReadOnlyList<string> GatewayCapabilities =
        [SettlementPeerProfile.PaymentCreate, SettlementPeerProfile.PaymentSettle, SettlementPeerProfile.VerifyTxid];

    public IReadOnlyList<SettlementPeerProfile> All
    {
        get
        {
            var sandbox = options.Value;
            return
            [
                // A bank settles on its own books: it takes no one's proofs.
                new(SandboxPeer.Bank, new Ocid(sandbox.BankOcid), sandbox.BankName, SandboxPaths.BankEndpoint, BankCapabilities, []),
                new(SandboxPeer.Exchange, new Ocid(sandbox.ExchangeOcid), sandbox.ExchangeName, SandboxPaths.ExchangeEndpoint, GatewayCapabilities, [sandbox.BankOcid]),
                new(SandboxPeer.Switch, new Ocid(sandbox.SwitchOcid), sandbox.SwitchName, SandboxPaths.SwitchEndpoint, GatewayCapabilities, [sandbox.ExchangeOcid]),
            ];
        }
    }

    public SettlementPeerProfile Of(SandboxPeer peer) => All.Single(p => p.Peer == peer);
}
