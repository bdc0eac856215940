using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Sandbox.Http;
using OpenCharge.Checkout.Sandbox.Persistence;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary><c>GET /verify/{txid}</c> (endpoints.md C6) for the transfers and payments a settlement peer issued.</summary>
internal sealed class VerifyPeerTxid(IDbContextFactory<SandboxDbContext> contexts, TimeProvider time)
{
    public async Task<PeerOutcome> ExecuteAsync(SettlementPeerProfile peer, string txid, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.PeerTransfers.AsNoTracking().SingleOrDefaultAsync(t => t.Peer == peer.Peer && t.Txid == txid, cancellationToken) is { } transfer)
        {
            return PeerAnswers.Completed(transfer);
        }
        return await db.PeerPayments.AsNoTracking().SingleOrDefaultAsync(p => p.Peer == peer.Peer && p.Txid == txid, cancellationToken) is { } payment
            ? PeerAnswers.Verify(payment, time.GetUtcNow())
            : PeerError.TxidNotFound(txid);
    }
}
