using System.Text.Json;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Domain.Webhooks;

/// <summary>
/// Queues a <see cref="TestProof"/> to a merchant's <c>/transfer/webhook</c> through the ordinary outbox, so its
/// attempts show in the delivery log like any other. Only for an OCID the user has claimed.
/// </summary>
public sealed class SendTestProof(
    IUnitOfWork unitOfWork,
    IMerchantClaims claims,
    IWebhookOutbox outbox,
    IProofSigner signer,
    IProtocolSigner us,
    IAuditLog audit,
    TimeProvider time)
{
    /// <returns>The id of the queued delivery.</returns>
    public async Task<Result<Guid>> ExecuteAsync(string userId, string actor, Ocid merchant, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (!await claims.OwnsAsync(userId, merchant, cancellationToken))
        {
            return new DomainError("merchant.not_claimed", $"OCID {merchant} is not one of your merchants.");
        }
        var now = time.GetUtcNow();
        var signed = signer.Sign(TestProof.For(us.Ocid, merchant, now));
        var delivery = WebhookDelivery.ForProof(merchant, us.Ocid, signed.Proof.Txid, signed.EnvelopeJson, now);
        outbox.Enqueue(delivery);
        var after = JsonSerializer.Serialize(new { delivery = delivery.Id, txid = delivery.Txid, target = merchant.Value });
        audit.Append(AuditEvent.Record(now, actor, AuditActions.TestProofSent, merchant.ToString(), null, after));
        await transaction.CommitAsync(cancellationToken);
        return delivery.Id;
    }
}
