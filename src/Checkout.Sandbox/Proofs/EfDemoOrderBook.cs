using System.Text;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Sandbox.Forwarding;
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
        var order = await db.DemoOrders.AsNoTracking()
            .Where(o => o.Id == reference || (matchSessionId && o.SessionId == reference))
            .Select(o => new { o.Id, o.Amount, o.Currency, o.OrderJson })
            .FirstOrDefaultAsync(cancellationToken);
        return order is null ? null : new DemoOrderTerms(order.Id, order.Amount, order.Currency, SignedDemoOrder.AcceptsOf(order.OrderJson));
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

            db.ReceivedProofs.Add(Received(order, envelope, receivedBy, receivedAt));
            try
            {
                // One SaveChanges is one transaction: the proof row and the paid order commit together or not at all.
                await db.SaveChangesAsync(cancellationToken);
                return PaymentRecording.Recorded;
            }
            catch (DbUpdateConcurrencyException) when (attempt == 0)
            {
            }
            catch (DbUpdateException ex) when (SandboxDatabase.IsUniqueViolation(ex))
            {
                // The same (issuer, txid) was stored a moment ago by a concurrent delivery of this proof.
                return PaymentRecording.Duplicate;
            }
        }
    }

    public async Task<PaymentRecording> RecordGatewayReceiptAsync(
        DemoOrderTerms order, ProofEnvelope envelope, SignedProof forward, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.GatewayForwards.AnyAsync(f => f.OrderId == order.OrderId, cancellationToken))
        {
            return PaymentRecording.AlreadyPaid;
        }
        db.ReceivedProofs.Add(Received(order, envelope, SandboxPeer.Gateway, receivedAt));
        db.GatewayForwards.Add(new GatewayForward(SandboxPeer.Gateway, order.OrderId, proof.Issuer.Value, proof.Txid, forward.Proof.Txid, forward.EnvelopeJson, receivedAt));
        try
        {
            // One SaveChanges, one transaction: the received proof and the forward it owes exist together or not at all.
            await db.SaveChangesAsync(cancellationToken);
            return PaymentRecording.Recorded;
        }
        catch (DbUpdateException ex) when (SandboxDatabase.IsUniqueViolation(ex))
        {
            // A concurrent delivery won: of this very proof (a duplicate), or of another proof for the order.
            return await HasProofAsync(proof.Issuer, proof.Txid, cancellationToken) ? PaymentRecording.Duplicate : PaymentRecording.AlreadyPaid;
        }
    }

    private static ReceivedProof Received(DemoOrderTerms order, ProofEnvelope envelope, SandboxPeer receivedBy, DateTimeOffset receivedAt) => new()
    {
        Issuer = envelope.Proof.Issuer.Value,
        Txid = envelope.Proof.Txid,
        OrderId = order.OrderId,
        ProofJson = Encoding.UTF8.GetString(envelope.Proof.CanonicalBytes),
        Signature = envelope.Signature,
        ReceivedBy = receivedBy,
        ReceivedAt = receivedAt,
    };
}
