using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Sandbox.Forwarding;
using OpenCharge.Checkout.Sandbox.Http;
using OpenCharge.Checkout.Sandbox.Persistence;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// <c>POST /payment/settle</c> at a sandbox merchant gateway (endpoints.md C4): checks the settlement proof in the
/// documented order (payment exists, not expired, still pending; issuer accepted, addressed to this gateway and
/// signed by its issuer; to.reference = the payment, amount and currency verbatim), then in one transaction completes
/// the payment with the gateway's own proof, credits its recipient and, when that is the Demo Store, owes it the proof.
/// The same proof offered again for the same payment answers the same result.
/// </summary>
internal sealed class SettlePeerPayment(IDbContextFactory<SandboxDbContext> contexts, ProofVerifier verifier, StoreForwards forwards, TimeProvider time)
{
    private const int Attempts = 10;

    public async Task<PeerOutcome> ExecuteAsync(SettlementPeerProfile peer, IProtocolSigner signer, string txid, ProofEnvelope envelope, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var payment = await db.PeerPayments.SingleOrDefaultAsync(p => p.Peer == peer.Peer && p.Txid == txid, cancellationToken);
            if (payment is null)
            {
                return PeerError.PaymentNotFound(txid);
            }
            if (payment.Status == PeerPaymentStatus.Completed)
            {
                return payment.SettledByIssuer == proof.Issuer.Value && payment.SettledByTxid == proof.Txid
                    ? PeerAnswers.Of(payment, peer.Accepts)
                    : PeerError.InvalidState("completed");
            }
            var now = time.GetUtcNow();
            if (payment.IsExpiredAt(now))
            {
                return PeerError.PaymentExpired(txid);
            }
            if (await CheckAsync(peer, payment, envelope, cancellationToken) is { } refused)
            {
                return refused;
            }

            var own = new CanonicalProofSigner(signer).Sign(new TransactionProof(
                payment.Txid,
                peer.Ocid,
                proof.From ?? new ProofParty(proof.Issuer, null),
                new ProofParty(new Ocid(payment.ToOcid), payment.ProofReference),
                payment.Amount,
                payment.Currency,
                now));
            payment.Complete(proof, own);
            await CreditAsync(db, peer, payment, cancellationToken);
            if (!await forwards.CommitAsync(db, peer.Peer, own, proof, now, mayRetry: attempt < Attempts, cancellationToken))
            {
                // A concurrent settle (of this payment, or with this proof) or a movement on the same account came
                // first: decide again on what it left.
                continue;
            }
            return PeerAnswers.Of(payment, peer.Accepts);
        }
    }

    private async Task<PeerError?> CheckAsync(SettlementPeerProfile peer, PeerPayment payment, ProofEnvelope envelope, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        var policy = new ProofPolicy(peer.Accepts.Select(a => new Ocid(a)).ToHashSet(), new HashSet<Ocid> { peer.Ocid }, ReferenceMayBeSession: false);
        // The caller relays the issuer's proof here, so the sender check of a webhook does not apply: the issuer stands in.
        if (await verifier.VerifyAsync(envelope, proof.Issuer, policy, cancellationToken) is { } rejection)
        {
            return PeerError.From(rejection);
        }
        if (proof.ToReference != payment.Txid)
        {
            return PeerError.From(ProofRejection.InvalidProof($"The settlement proof must pay OCID {peer.Ocid} with reference {payment.Txid}."));
        }
        if (proof.Amount != payment.Amount)
        {
            return PeerError.From(ProofRejection.AmountMismatch($"The payment is {payment.Amount} {payment.Currency}; the proof says {proof.Amount}."));
        }
        if (proof.Currency != payment.Currency)
        {
            return PeerError.From(ProofRejection.CurrencyMismatch($"The payment is in {payment.Currency}; the proof says {proof.Currency}."));
        }
        return null;
    }

    /// <summary>The settlement arrived in the peer's own funds elsewhere (its house account); the recipient is credited from it.</summary>
    private static async Task CreditAsync(SandboxDbContext db, SettlementPeerProfile peer, PeerPayment payment, CancellationToken cancellationToken)
    {
        var accounts = await db.PeerAccounts
            .Where(a => a.Peer == peer.Peer && a.Currency == payment.Currency && (a.Holder == peer.Ocid.Value || a.Holder == payment.ToOcid))
            .ToListAsync(cancellationToken);
        var house = accounts.SingleOrDefault(a => a.Holder == peer.Ocid.Value);
        if (house is null)
        {
            house = new PeerAccount(peer.Peer, peer.Ocid.Value, payment.Currency, isHouse: true);
            db.PeerAccounts.Add(house);
        }
        var payee = accounts.SingleOrDefault(a => a.Holder == payment.ToOcid)
            ?? throw new InvalidOperationException($"Payment {payment.Txid} pays OCID {payment.ToOcid}, which has no account; /payment/create checks that.");
        house.TryPay(payee, PeerMoney.Read(payment.Amount, payment.Currency)!.Value.Minor);
    }
}
