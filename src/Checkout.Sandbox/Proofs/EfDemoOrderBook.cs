using System.Text;

using Microsoft.EntityFrameworkCore;

using Npgsql;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Persistence;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Proofs;

internal sealed class EfDemoOrderBook(IDbContextFactory<SandboxDbContext> contexts) : IDemoOrderBook
{
    public async Task<bool> HasProofAsync(Ocid issuer, string txid, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReceivedProofs.AnyAsync(p => p.Issuer == issuer.Value && p.Txid == txid, cancellationToken);
    }

    public async Task<DemoOrderTerms?> FindAsync(string reference, bool matchSessionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DemoOrders.AsNoTracking()
            .Where(o => o.Id == reference || (matchSessionId && o.SessionId == reference))
            .Select(o => new DemoOrderTerms(o.Id, o.Amount, o.Currency))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<PaymentRecording> RecordPaymentAsync(
        DemoOrderTerms order, ProofEnvelope envelope, SandboxPeer receivedBy, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        // Two attempts: losing an xmin race to another proof means re-deciding once against the winner's state.
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await db.DemoOrders.SingleAsync(o => o.Id == order.OrderId, cancellationToken);
            var recording = stored.MarkPaid(proof.Issuer.Value, proof.Txid, receivedAt);
            if (recording != PaymentRecording.Recorded)
            {
                return recording;
            }

            db.ReceivedProofs.Add(new ReceivedProof
            {
                Issuer = proof.Issuer.Value,
                Txid = proof.Txid,
                OrderId = order.OrderId,
                ProofJson = Encoding.UTF8.GetString(proof.CanonicalBytes),
                Signature = envelope.Signature,
                ReceivedBy = receivedBy,
                ReceivedAt = receivedAt,
            });
            try
            {
                // One SaveChanges is one transaction: the proof row and the paid order commit together or not at all.
                await db.SaveChangesAsync(cancellationToken);
                return PaymentRecording.Recorded;
            }
            catch (DbUpdateConcurrencyException) when (attempt == 0)
            {
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // The same (issuer, txid) was stored a moment ago by a concurrent delivery of this proof.
                return PaymentRecording.Duplicate;
            }
        }
    }
}
