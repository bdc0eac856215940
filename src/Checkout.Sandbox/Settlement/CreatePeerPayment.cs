using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Http;
using OpenCharge.Checkout.Sandbox.Persistence;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>
/// <c>POST /payment/create</c> at a sandbox merchant gateway (endpoints.md C3): opens a pending payment to one of its
/// account holders (a merchant, or the next gateway of a chain) that a proof from an issuer it accepts will settle.
/// A repeat under the same <c>Idempotency-Key</c> (else <c>reference</c>) answers the payment it opened first.
/// </summary>
internal sealed class CreatePeerPayment(IDbContextFactory<SandboxDbContext> contexts, TimeProvider time)
{
    /// <summary>endpoints.md C3: the merchant gateway's default expiry.</summary>
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromHours(1);

    public async Task<PeerOutcome> ExecuteAsync(SettlementPeerProfile peer, Ocid caller, PaymentCreateRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (PeerMoney.Read(request.Amount, request.Currency) is null)
        {
            return PeerError.InvalidRequest("amount must be a positive decimal string in the currency's precision, and currency an ISO 4217 code.");
        }
        var requestKey = idempotencyKey ?? request.Reference;
        if (requestKey is { Length: > PeerTransfer.MaxKeyLength })
        {
            return PeerError.InvalidRequest($"Idempotency-Key must be at most {PeerTransfer.MaxKeyLength} characters.");
        }
        var now = time.GetUtcNow();
        if (request.ExpiresAt is { } expiresAt && expiresAt <= now)
        {
            return PeerError.InvalidRequest("expiresAt is in the past.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await EarlierAsync(db, peer, caller, requestKey, cancellationToken) is { } earlier)
        {
            return PeerAnswers.Of(earlier, peer.Accepts);
        }
        if (!await db.PeerAccounts.AnyAsync(a => a.Peer == peer.Peer && a.Holder == request.To && a.Currency == request.Currency, cancellationToken))
        {
            return PeerError.MerchantNotRegistered(request.To);
        }
        var payment = new PeerPayment(
            peer.Peer, PeerTxids.New(peer.Peer, "pay"), caller.Value, requestKey, request.To, request.ProofReference,
            request.Amount, request.Currency, now, request.ExpiresAt ?? now + DefaultExpiry);
        db.PeerPayments.Add(payment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (SandboxDatabase.IsUniqueViolation(ex))
        {
            // A concurrent repeat of this request opened it first.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return PeerAnswers.Of((await EarlierAsync(again, peer, caller, requestKey, cancellationToken))!, peer.Accepts);
        }
        return PeerAnswers.Of(payment, peer.Accepts);
    }

    private static Task<PeerPayment?> EarlierAsync(SandboxDbContext db, SettlementPeerProfile peer, Ocid caller, string? requestKey, CancellationToken cancellationToken) =>
        requestKey is null
            ? Task.FromResult<PeerPayment?>(null)
            : db.PeerPayments.AsNoTracking().SingleOrDefaultAsync(p => p.Peer == peer.Peer && p.Caller == caller.Value && p.RequestKey == requestKey, cancellationToken);
}
