using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.Domain.Sessions;

/// <summary>
/// Pays a session from the shopper's wallet, exactly once. One database transaction writes the ledger entries, marks
/// the session paid, keeps the signed proof's record and enqueues its delivery. The proof is signed before any row is
/// locked, and the credited merchant or gateway account is added to in place at commit rather than locked, so shoppers
/// paying one merchant queue only on their own wallet rows. The session row is locked first, so concurrent attempts
/// (double clicks, two tabs, retries) queue behind the first and then find the session already paid. One merchant
/// order is paid at most once whichever gateway forwarded it: checked up front, and a unique index on paid or
/// processing (merchant, order id) settles two sessions paid at the same moment. A session on a remote path is not
/// paid here: its money is held in flight and a settlement saga, created in the same transaction, finishes it. A QR
/// order is paid only by its own shopper (anyone else is told it does not exist), and completes its wallet QR session.
/// </summary>
public sealed class PaySession(
    IUnitOfWork unitOfWork,
    ICheckoutSessions sessions,
    ILedger ledger,
    IProofSigner proofs,
    IProofRecords records,
    IWebhookOutbox outbox,
    IProtocolSigner us,
    ISettlementSagas sagas,
    IQrSessions qrSessions,
    TimeProvider time)
{
    public async Task<Result<SessionPayment>> ExecuteAsync(SessionId id, string shopperUserId, PaymentMethodKind method, CancellationToken cancellationToken)
    {
        try
        {
            return await PayOnceAsync(id, shopperUserId, method, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // The paid-order index refused the commit: another gateway's session for the same merchant order was paid
            // at the same moment. The whole transaction, ledger entries included, rolled back.
            if (!await sessions.IsOrderPaidElsewhereAsync(id, cancellationToken))
            {
                throw;
            }
            return SessionErrors.OrderPaidElsewhere(id);
        }
    }

    private async Task<Result<SessionPayment>> PayOnceAsync(SessionId id, string shopperUserId, PaymentMethodKind method, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var payment = NewPayment(shopperUserId, now);
        var prepared = await PrepareAsync(id, payment, cancellationToken);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var locked = await sessions.LockToPayAsync(id, cancellationToken);
        if (locked is null || !locked.Session.IsVisibleTo(shopperUserId))
        {
            return SessionErrors.NotFound(id);
        }
        var session = locked.Session;
        if (session.Payment is { } existing)
        {
            // A retry by the shopper who paid sees the same outcome; anyone else learns it is taken.
            return existing.PayerUserId == shopperUserId ? existing : SessionErrors.AlreadyPaid(id);
        }

        var payable = session.EnsurePayable(now);
        if (!payable.IsSuccess)
        {
            return payable.Error;
        }
        if (locked.OrderPaidElsewhere)
        {
            return SessionErrors.OrderPaidElsewhere(id);
        }

        var result = await MoveMoneyAsync(session, payment, prepared, method, now, cancellationToken);
        if (!result.IsSuccess)
        {
            return result;
        }
        var completed = await CompleteQrSessionAsync(session, cancellationToken);
        if (!completed.IsSuccess)
        {
            return completed.Error;
        }
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>objects.md §3: the wallet QR session that brought the order is completed once the shopper has paid.</summary>
    private async Task<Result> CompleteQrSessionAsync(CheckoutSession session, CancellationToken cancellationToken) =>
        session.Channel == SessionChannel.WalletQr && await qrSessions.FindByCheckoutSessionAsync(session.Id, cancellationToken) is { } qr
            ? qr.Complete()
            : Result.Success();

    /// <summary>
    /// What a local payment needs that takes no lock: the signed proof (signing is the slowest step, and the proof is
    /// fixed by the session's immutable order and this payment) and the credited account. Read from the session as it
    /// is before locking; null when there is nothing to prepare (no such session, already paid, or a remote path).
    /// </summary>
    private async Task<PreparedPayment?> PrepareAsync(SessionId id, SessionPayment payment, CancellationToken cancellationToken)
    {
        var session = await sessions.FindAsync(id, cancellationToken);
        if (session is null || !session.IsVisibleTo(payment.PayerUserId) || session.Payment is not null || session.Route.Path.IsRemote)
        {
            return null;
        }
        var credited = await ledger.OpenForCreditAsync(session.Route.CreditedAccount, session.Total.Currency, cancellationToken);
        return new PreparedPayment(proofs.Sign(ProofFor(session, payment)), credited);
    }

    private async Task<Result<SessionPayment>> MoveMoneyAsync(
        CheckoutSession session, SessionPayment payment, PreparedPayment? prepared, PaymentMethodKind method, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (method != PaymentMethodKind.WalletBalance)
        {
            return new DomainError("payment.method_unavailable", $"{method} cannot pay this session.");
        }

        if (session.Route.Path.IsRemote)
        {
            return await HoldAsync(session, payment, now, cancellationToken);
        }

        // The session was unpaid and local before it was locked, and neither ever changes back.
        var (signed, credited) = prepared ?? throw new InvalidOperationException($"Session {session.Id} was not prepared for a local payment.");
        var payer = AccountOwner.Shopper(payment.PayerUserId);
        var accounts = await ledger.LockAccountsAsync([payer], session.Total.Currency, cancellationToken);
        var movement = LedgerTransaction.Transfer(
            LedgerTransactionKind.CheckoutPayment, accounts[payer], credited, session.Total, session.Id.ToString(), now);
        if (!movement.IsSuccess)
        {
            return movement.Error;
        }
        ledger.Record(movement.Value);

        var marked = session.MarkPaid(payment, now);
        if (!marked.IsSuccess)
        {
            return marked.Error;
        }
        records.Add(ProofRecord.Issued(signed, session.Id, now));
        outbox.Enqueue(WebhookDelivery.ForProof(session.Route.ProofRecipient, us.Ocid, payment.ProofTxid, signed.EnvelopeJson, now));
        if (session.Route.IsDirect && session.MerchantGatewayOcid != session.MerchantOcid)
        {
            // gaps.md G19 "also": the gateway that sent the shopper to us learns the order is paid from the same proof.
            outbox.Enqueue(WebhookDelivery.ForProof(session.MerchantGatewayOcid, us.Ocid, payment.ProofTxid, signed.EnvelopeJson, now));
        }
        return payment;
    }

    /// <summary>The shopper's money moves into flight; the saga pays the remote path and settles the session later.</summary>
    private async Task<Result<SessionPayment>> HoldAsync(CheckoutSession session, SessionPayment payment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The in-flight account is debited again when the saga settles or refunds, so both rows stay locked here.
        var payer = AccountOwner.Shopper(payment.PayerUserId);
        var inFlight = session.Route.CreditedAccount;
        var accounts = await ledger.LockAccountsAsync([payer, inFlight], session.Total.Currency, cancellationToken);
        var movement = LedgerTransaction.Transfer(
            LedgerTransactionKind.SettlementHeld, accounts[payer], accounts[inFlight], session.Total, session.Id.ToString(), now);
        if (!movement.IsSuccess)
        {
            return movement.Error;
        }
        ledger.Record(movement.Value);

        var processing = session.BeginSettlement(payment, now);
        if (!processing.IsSuccess)
        {
            return processing.Error;
        }
        sagas.Add(SettlementSaga.Start(session, payment, now));
        return payment;
    }

    private static SessionPayment NewPayment(string shopperUserId, DateTimeOffset now) =>
        new(shopperUserId, "pay_" + Guid.CreateVersion7().ToString("N"), TransactionProof.NewTxid(), now);

    /// <summary>endpoints.md A3 step 2 and gaps.md G14/G19: from us with an opaque reference, to the order.</summary>
    private TransactionProof ProofFor(CheckoutSession session, SessionPayment payment)
    {
        var to = session.Route.Addressing == ProofAddressing.GatewaySession
            ? new ProofParty(session.MerchantGatewayOcid, session.Id.ToString())
            : new ProofParty(session.MerchantOcid, session.OrderId);
        return new TransactionProof(
            payment.ProofTxid,
            us.Ocid,
            new ProofParty(us.Ocid, payment.PaymentReference),
            to,
            session.Amount,
            session.Total.Currency.Code,
            payment.PaidAt)
        {
            Memo = $"Payment for order {session.OrderId}",
        };
    }

    private sealed record PreparedPayment(SignedProof Proof, CreditedAccount Credited);
}
