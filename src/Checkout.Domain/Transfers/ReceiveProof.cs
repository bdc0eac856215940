using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Domain.Transfers;

/// <summary>
/// endpoints.md A6: a peer proves it sent us money. After the checks every receiver makes (<see cref="ProofVerifier"/>),
/// <c>to.reference</c> says what the money is for: a shopper's wallet, a partner's reserve with us, a remote settlement
/// of ours waiting for this proof, or nothing we know (recorded and accepted, docs/decisions.md). The money arrives
/// from the issuer's clearing account. The proof record's unique (issuer, txid) commits in the same transaction as
/// the credit, so however often and however concurrently a proof is delivered, it is credited once.
/// </summary>
public sealed class ReceiveProof(
    ProofVerifier verifier,
    IUnitOfWork unitOfWork,
    IShopperWallets wallets,
    IPartners partners,
    IEnumerable<IAwaitedProofs> awaited,
    ILedger ledger,
    IProofRecords records,
    TimeProvider time)
{
    public async Task<IncomingProofOutcome> ExecuteAsync(ProofEnvelope envelope, Ocid sender, ProofPolicy policy, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        if (await verifier.VerifyAsync(envelope, sender, policy, cancellationToken) is { } rejection)
        {
            return new IncomingProofOutcome.Refused(rejection);
        }
        if (!Currency.TryParse(proof.Currency, out var currency) || !Money.TryParse(proof.Amount, currency, out var amount) || !amount.IsPositive)
        {
            return new IncomingProofOutcome.Refused(ProofRejection.InvalidProof($"'{proof.Amount}' '{proof.Currency}' is not a positive amount in a currency."));
        }
        try
        {
            return await ReceiveOnceAsync(envelope, sender, amount, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // A concurrent delivery of the same proof committed first; ours rolled back with its credit.
            return await records.FindAsync(proof.Issuer, proof.Txid, cancellationToken) is not null
                ? new IncomingProofOutcome.Accepted(proof.Txid)
                : throw new InvalidOperationException($"Proof {proof.Txid} of OCID {proof.Issuer} conflicted with a record that cannot be found.");
        }
    }

    private async Task<IncomingProofOutcome> ReceiveOnceAsync(ProofEnvelope envelope, Ocid sender, Money amount, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        if (await records.FindAsync(proof.Issuer, proof.Txid, cancellationToken) is not null)
        {
            return new IncomingProofOutcome.Accepted(proof.Txid);
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var outcome = await RouteAsync(envelope, amount, cancellationToken);
        if (outcome is IncomingProofOutcome.Accepted)
        {
            records.Add(ProofRecord.Received(envelope, sender, time.GetUtcNow()));
            await transaction.CommitAsync(cancellationToken);
        }
        return outcome;
    }

    private async Task<IncomingProofOutcome> RouteAsync(ProofEnvelope envelope, Money amount, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        var reference = proof.ToReference ?? "";
        if (WalletReference.IsWalletReference(reference))
        {
            return await wallets.FindUserIdAsync(reference, cancellationToken) is { } userId
                ? await CreditAsync(proof, AccountOwner.Shopper(userId), amount, cancellationToken)
                : new IncomingProofOutcome.Rejected(proof.Txid, $"No wallet '{reference}' at this gateway.");
        }
        if (ReserveReference.TryParse(reference, out var owner))
        {
            return await TopUpReserveAsync(proof, owner, amount, cancellationToken);
        }
        foreach (var source in awaited)
        {
            if (await source.FindAsync(reference, cancellationToken) is { } expected)
            {
                return await HandOverAsync(source, expected, envelope, cancellationToken);
            }
        }
        // endpoints.md A6: an unknown reference is logged and still accepted; the record is the log.
        return new IncomingProofOutcome.Accepted(proof.Txid);
    }

    private async Task<IncomingProofOutcome> TopUpReserveAsync(TransferProof proof, Ocid owner, Money amount, CancellationToken cancellationToken)
    {
        var partner = await partners.FindAsync(owner, cancellationToken);
        if (partner is null || partner.ReserveCurrencies.Count == 0)
        {
            return new IncomingProofOutcome.Rejected(proof.Txid, $"OCID {owner} holds no reserve with this gateway.");
        }
        if (!partner.ReserveCurrencies.Contains(amount.Currency))
        {
            return new IncomingProofOutcome.Refused(ProofRejection.CurrencyMismatch(
                $"OCID {owner} holds reserves in {string.Join(", ", partner.ReserveCurrencies)}, not {amount.Currency}."));
        }
        return await CreditAsync(proof, AccountOwner.PartnerReserve(owner), amount, cancellationToken);
    }

    private static async Task<IncomingProofOutcome> HandOverAsync(
        IAwaitedProofs source, AwaitedProof expected, ProofEnvelope envelope, CancellationToken cancellationToken)
    {
        var proof = envelope.Proof;
        if (proof.Issuer != expected.Issuer)
        {
            return new IncomingProofOutcome.Refused(ProofRejection.IssuerNotAccepted(
                $"'{expected.Reference}' awaits a proof from OCID {expected.Issuer}, not from OCID {proof.Issuer}."));
        }
        if (proof.Amount != expected.Amount)
        {
            return new IncomingProofOutcome.Refused(ProofRejection.AmountMismatch($"'{expected.Reference}' awaits {expected.Amount}, not {proof.Amount}."));
        }
        if (proof.Currency != expected.Currency)
        {
            return new IncomingProofOutcome.Refused(ProofRejection.CurrencyMismatch($"'{expected.Reference}' awaits {expected.Currency}, not {proof.Currency}."));
        }
        // Not taken means a duplicate or a settlement already finished: the proof is still recorded and acknowledged.
        await source.AcceptAsync(expected, envelope, cancellationToken);
        return new IncomingProofOutcome.Accepted(proof.Txid);
    }

    /// <summary>The issuer's clearing account pays; what we hold at the issuer, if anything, grows by the same amount.</summary>
    private async Task<IncomingProofOutcome> CreditAsync(TransferProof proof, AccountOwner recipient, Money amount, CancellationToken cancellationToken)
    {
        var clearing = AccountOwner.PartnerClearing(proof.Issuer);
        var accounts = await ledger.LockAccountsAsync([clearing, recipient], amount.Currency, cancellationToken);
        var movement = LedgerTransaction.Transfer(LedgerTransactionKind.ProofReceived, accounts[clearing], accounts[recipient], amount, proof.Txid, time.GetUtcNow());
        if (!movement.IsSuccess)
        {
            throw new InvalidOperationException($"A clearing account may go negative, so crediting cannot fail: {movement.Error.Message}");
        }
        ledger.Record(movement.Value);
        (await partners.LockHoldingAsync(proof.Issuer, amount.Currency, cancellationToken))?.RecordReceived(amount);
        return new IncomingProofOutcome.Accepted(proof.Txid);
    }
}
