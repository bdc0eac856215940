using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Infrastructure.Webhooks;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Persistence;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.Sandbox.Forwarding;

/// <summary>
/// A settlement peer that pays the Demo Store owes it its proof (endpoints.md A5, C4): the proof joins the same outbox
/// as the Demo Gateway's forwards, in the caller's transaction, and <see cref="DemoGatewayForwarder"/> sends it.
/// </summary>
internal sealed class StoreForwards(Ocid store, [FromKeyedServices(DemoGatewayForwarder.SignalKey)] DeliverySignal signal)
{
    /// <summary>
    /// Commits the caller's movement together with the forward it owes (when <paramref name="proof"/> pays the store),
    /// then sends it. False, with nothing written, when <paramref name="mayRetry"/> and a concurrent writer came first
    /// (a movement on the same account, or a repeat that won the insert): the caller decides again on what it left.
    /// </summary>
    public async Task<bool> CommitAsync(
        SandboxDbContext db, SandboxPeer sender, SignedProof proof, TransferProof? passedOn, DateTimeOffset now, bool mayRetry, CancellationToken cancellationToken)
    {
        var forwarded = Add(db, sender, proof, passedOn, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (mayRetry && (ex is DbUpdateConcurrencyException || SandboxDatabase.IsUniqueViolation(ex)))
        {
            return false;
        }
        if (forwarded)
        {
            Notify();
        }
        return true;
    }

    /// <summary>After the commit: send at once rather than at the next poll.</summary>
    public void Notify() => signal.Notify();

    /// <summary>
    /// Adds the forward when <paramref name="proof"/> pays the store; a proof to anyone else (the next hop of a chain)
    /// is handed on by the caller of <c>/payment/settle</c>, not delivered.
    /// </summary>
    private bool Add(SandboxDbContext db, SandboxPeer sender, SignedProof proof, TransferProof? passedOn, DateTimeOffset now)
    {
        if (proof.Proof.To.Ocid != store || proof.Proof.To.Reference is not { Length: > 0 and <= DemoOrder.MaxIdLength } orderId)
        {
            return false;
        }
        db.GatewayForwards.Add(new GatewayForward(sender, orderId, passedOn?.Issuer.Value, passedOn?.Txid, proof.Proof.Txid, proof.EnvelopeJson, now));
        return true;
    }
}
