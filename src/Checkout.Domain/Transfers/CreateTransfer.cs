using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.Domain.Transfers;

/// <summary>
/// endpoints.md A5: a partner debits the reserve it holds with us to credit a merchant we settle directly or a
/// shopper's wallet, and gets our signed proof. One transaction writes the ledger entries, the transfer row, the proof
/// record and, for a merchant, the proof's delivery to its webhook. Calls with the same (caller, from.reference,
/// to.reference) queue on the reserve's row lock; each one after the first finds the transfer and answers its proof,
/// and the transfers table's unique index settles any race the lock does not cover.
/// </summary>
public sealed class CreateTransfer(
    IUnitOfWork unitOfWork,
    IPartners partners,
    IPeerDirectory peers,
    IShopperWallets wallets,
    ITransfers transfers,
    ILedger ledger,
    IProofSigner proofs,
    IProofRecords records,
    IWebhookOutbox outbox,
    IProtocolSigner us,
    TimeProvider time)
{
    public async Task<Result<ProofRecord>> ExecuteAsync(TransferInstruction instruction, CancellationToken cancellationToken)
    {
        try
        {
            return await TransferOnceAsync(instruction, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // The unique references refused our commit, which rolled back whole: the first call's proof is the answer.
            return await EarlierAsync(instruction, cancellationToken) ?? throw new InvalidOperationException("A transfer conflicted with one that cannot be found.");
        }
    }

    private async Task<Result<ProofRecord>> TransferOnceAsync(TransferInstruction instruction, CancellationToken cancellationToken)
    {
        var permitted = await EnsureMayDebitAsync(instruction, cancellationToken);
        if (!permitted.IsSuccess)
        {
            return permitted.Error;
        }
        if (await EarlierAsync(instruction, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var recipient = await RecipientAsync(instruction, cancellationToken);
        if (!recipient.IsSuccess)
        {
            return recipient.Error;
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var reserve = AccountOwner.PartnerReserve(instruction.Caller);
        var accounts = await ledger.LockAccountsAsync([reserve, recipient.Value], instruction.Currency, cancellationToken);
        // Waiting for the lock may have been waiting for a call with the same references: it has committed by now.
        if (await EarlierAsync(instruction, cancellationToken) is { } committed)
        {
            return committed;
        }

        var now = time.GetUtcNow();
        var txid = TransactionProof.NewTxid();
        var movement = LedgerTransaction.Transfer(LedgerTransactionKind.TransferCreated, accounts[reserve], accounts[recipient.Value], instruction.Money, txid, now);
        if (!movement.IsSuccess)
        {
            return movement.Error;
        }
        ledger.Record(movement.Value);

        var signed = proofs.Sign(ProofFor(instruction, txid, now));
        var record = ProofRecord.Issued(signed, null, now);
        records.Add(record);
        transfers.Add(Transfer.Record(instruction, txid, now));
        if (recipient.Value.Kind == AccountOwnerKind.Merchant)
        {
            outbox.Enqueue(WebhookDelivery.ForProof(instruction.ToOcid, us.Ocid, txid, signed.EnvelopeJson, now));
        }
        await transaction.CommitAsync(cancellationToken);
        return record;
    }

    /// <summary>endpoints.md A5 "check caller may debit the source": a partner with a reserve in this currency, debiting its own.</summary>
    private async Task<Result> EnsureMayDebitAsync(TransferInstruction instruction, CancellationToken cancellationToken)
    {
        var partner = await partners.FindAsync(instruction.Caller, cancellationToken);
        if (partner is null || partner.ReserveCurrencies.Count == 0)
        {
            return TransferErrors.NotAPartner(instruction.Caller);
        }
        if (instruction.FromOcid is { } from && from != instruction.Caller)
        {
            return TransferErrors.NotYourReserve(instruction.Caller, from);
        }
        return partner.ReserveCurrencies.Contains(instruction.Currency)
            ? Result.Success()
            : TransferErrors.NoReserveIn(instruction.Caller, instruction.Currency);
    }

    private async Task<Result<ProofRecord>?> EarlierAsync(TransferInstruction instruction, CancellationToken cancellationToken)
    {
        var earlier = await transfers.FindAsync(instruction.Caller, instruction.FromReference ?? "", instruction.ToReference, cancellationToken);
        if (earlier is null)
        {
            return null;
        }
        if (!earlier.IsSameAs(instruction))
        {
            return TransferErrors.ReferencesReused(instruction);
        }
        return await records.FindIssuedAsync(earlier.Txid, cancellationToken)
            ?? throw new InvalidOperationException($"Transfer {earlier.Id} has no proof record {earlier.Txid}.");
    }

    /// <summary>Our own OCID names a shopper wallet by reference; any other registered OCID is a merchant we settle directly.</summary>
    private async Task<Result<AccountOwner>> RecipientAsync(TransferInstruction instruction, CancellationToken cancellationToken)
    {
        if (instruction.ToOcid == us.Ocid)
        {
            return WalletReference.IsWalletReference(instruction.ToReference)
                && await wallets.FindUserIdAsync(instruction.ToReference, cancellationToken) is { } userId
                    ? AccountOwner.Shopper(userId)
                    : TransferErrors.UnknownRecipient(instruction.ToOcid, instruction.ToReference);
        }
        return await peers.FindAsync(instruction.ToOcid, refresh: false, cancellationToken) switch
        {
            PeerLookup.Found => AccountOwner.Merchant(instruction.ToOcid),
            PeerLookup.Unavailable unavailable => TransferErrors.RecipientUnavailable(instruction.ToOcid, unavailable.Reason),
            _ => TransferErrors.UnknownRecipient(instruction.ToOcid, instruction.ToReference),
        };
    }

    /// <summary>endpoints.md A5: issuer us, from the caller's side, to the recipient's reference, amount and currency verbatim.</summary>
    private TransactionProof ProofFor(TransferInstruction instruction, string txid, DateTimeOffset now) => new(
        txid,
        us.Ocid,
        new ProofParty(instruction.Caller, instruction.FromReference),
        new ProofParty(instruction.ToOcid, instruction.ToReference),
        instruction.Amount,
        instruction.Currency.Code,
        now)
    {
        Memo = instruction.Memo,
    };
}
