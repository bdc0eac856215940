using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// Brings the ledger, the partner holding and the session in line with what a saga just recorded, inside the same
/// unit of work, so the saga's state and the money never disagree:
/// completed → in flight to the funding partner's clearing account, and our holding there spent;
/// reversed → in flight back to the shopper; stranded → the shopper refunded and our holding spent (the operator
/// recovers the amount from the hop that holds it, see docs/decisions.md); unresolved → the money stays in flight.
/// A session payable again after a reversal takes the wallet QR session that brought its order back with it.
/// </summary>
public sealed class SettlementBooks(ILedger ledger, ICheckoutSessions sessions, IPartners partners, IQrSessions qrSessions)
{
    public async Task ApplyAsync(SettlementSaga saga, SagaProgress progress, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (progress is SagaProgress.Continue or SagaProgress.Unresolved)
        {
            return;
        }
        var session = await sessions.LockAsync(saga.SessionId, cancellationToken)
            ?? throw new InvalidOperationException($"Settlement {saga.Id} belongs to session {saga.SessionId}, which does not exist.");
        var inFlight = AccountOwner.SettlementInFlight(saga.FundingPartner);
        var receiver = progress == SagaProgress.Completed ? AccountOwner.PartnerClearing(saga.FundingPartner) : AccountOwner.Shopper(saga.ShopperUserId);
        var kind = progress == SagaProgress.Completed ? LedgerTransactionKind.SettlementCompleted : LedgerTransactionKind.SettlementReversed;

        var accounts = await ledger.LockAccountsAsync([inFlight, receiver], saga.Total.Currency, cancellationToken);
        var movement = LedgerTransaction.Transfer(kind, accounts[inFlight], accounts[receiver], saga.Total, saga.SessionId.ToString(), now);
        ledger.Record(movement.IsSuccess ? movement.Value : throw new InvalidOperationException($"Settlement {saga.Id}: {movement.Error.Message}"));

        if (progress is SagaProgress.Completed or SagaProgress.Stranded)
        {
            // The funding partner's proof shows the money left our holding there, whatever happened after.
            var holding = await partners.LockHoldingAsync(saga.FundingPartner, saga.Total.Currency, cancellationToken);
            holding?.RecordSpent(saga.Total);
        }

        var changed = progress == SagaProgress.Completed ? session.CompleteSettlement(now) : await ReopenAsync(session, saga.Failure ?? "", now, cancellationToken);
        if (!changed.IsSuccess)
        {
            throw new InvalidOperationException($"Settlement {saga.Id}: {changed.Error.Message}");
        }
    }

    private async Task<Result> ReopenAsync(CheckoutSession session, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reopened = session.AbandonSettlement(reason, now);
        if (!reopened.IsSuccess || session.Channel != SessionChannel.WalletQr)
        {
            return reopened;
        }
        return await qrSessions.FindByCheckoutSessionAsync(session.Id, cancellationToken) is { } qr ? qr.ReopenOrder() : Result.Success();
    }
}
