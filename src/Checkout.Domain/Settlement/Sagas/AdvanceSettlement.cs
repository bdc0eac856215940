using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// Makes the next due call of one saga and records its outcome. The call runs outside any transaction; its outcome,
/// and any money movement it settles, commit together under the saga's row lock. A crash in between loses nothing:
/// the step is still open and its retry carries the same idempotency key. An earlier attempt whose answer was lost is
/// first resolved through the hop's <c>/verify</c> when the hop's txid is known, never by paying again.
/// </summary>
public sealed class AdvanceSettlement(
    IUnitOfWork unitOfWork,
    ISettlementSagas sagas,
    ISettlementPeers peers,
    HopProofCheck proofs,
    SettlementBooks books,
    IProofRecords records,
    TimeProvider time)
{
    /// <summary>Null when nothing was due, or another process recorded this step first.</summary>
    public async Task<SagaAdvance?> ExecuteAsync(SagaId id, CancellationToken cancellationToken)
    {
        var snapshot = await sagas.ReadAsync(id, cancellationToken);
        if (snapshot?.NextCall() is not { } call || snapshot.NextAttemptAt > time.GetUtcNow())
        {
            return null;
        }
        var outcome = await CallAsync(call, cancellationToken);

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var saga = await sagas.LockAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        var recorded = saga?.Record(call, outcome, now);
        if (saga is null || recorded is not { IsSuccess: true } progress)
        {
            return null;
        }
        if (outcome is StepOutcome.Succeeded { Envelope: { } envelope })
        {
            await KeepAsync(envelope, call.Target, now, cancellationToken);
        }
        await books.ApplyAsync(saga, progress.Value, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SagaAdvance(saga.SessionId, saga.State, progress.Value);
    }

    private async Task<StepOutcome> CallAsync(SagaCall call, CancellationToken cancellationToken)
    {
        if (call.ResolveTxid is { } txid)
        {
            var verified = await peers.VerifyAsync(call.Target, txid, cancellationToken);
            if (verified is HopAnswer.Proved or HopAnswer.Refused)
            {
                return await CheckAsync(call, verified, cancellationToken);
            }
            // Still pending, or /verify unreachable: the settlement may never have arrived. Sending it again under the
            // same key cannot pay twice.
        }
        return await CheckAsync(call, await peers.SendAsync(call, cancellationToken), cancellationToken);
    }

    private async Task<StepOutcome> CheckAsync(SagaCall call, HopAnswer answer, CancellationToken cancellationToken) => answer switch
    {
        HopAnswer.Proved proved when call.ReturnsProof => await CheckProofAsync(call, proved, cancellationToken),
        HopAnswer.Pending pending when !call.ReturnsProof => CheckPending(call, pending),
        // A transfer or settlement reported as still pending has not failed: ask again later.
        HopAnswer.Pending pending => new StepOutcome.Unanswered(pending.Request, pending.HttpStatus, $"{call.Target} reports {pending.Txid} as still pending"),
        HopAnswer.Proved proved => new StepOutcome.Refused(proved.Request, proved.HttpStatus, "a proof came back where a pending payment was expected"),
        HopAnswer.Refused refused => new StepOutcome.Refused(refused.Request, refused.HttpStatus, refused.Reason),
        HopAnswer.Unanswered unanswered => new StepOutcome.Unanswered(unanswered.Request, unanswered.HttpStatus, unanswered.Reason),
        _ => throw new InvalidOperationException($"Unknown answer {answer.GetType().Name}."),
    };

    private async Task<StepOutcome> CheckProofAsync(SagaCall call, HopAnswer.Proved proved, CancellationToken cancellationToken)
    {
        var problem = await proofs.CheckAsync(call, proved.Envelope, cancellationToken);
        return problem switch
        {
            null => new StepOutcome.Succeeded(proved.Request, proved.HttpStatus, proved.Envelope.Proof.Txid, StoredProofs.From(proved.Envelope))
            {
                Envelope = proved.Envelope,
            },
            { IsFinal: true } => new StepOutcome.Refused(proved.Request, proved.HttpStatus, "its proof was rejected: " + problem.Value.Reason),
            _ => new StepOutcome.Unanswered(proved.Request, proved.HttpStatus, "its proof could not be checked yet: " + problem.Value.Reason),
        };
    }

    /// <summary>Every hop's proof joins the permanent records once, even if a webhook delivered the same proof first.</summary>
    private async Task KeepAsync(ProofEnvelope envelope, Ocid sender, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await records.FindAsync(envelope.Proof.Issuer, envelope.Proof.Txid, cancellationToken) is null)
        {
            records.Add(ProofRecord.Received(envelope, sender, now));
        }
    }

    /// <summary>endpoints.md C3: the pending payment must be payable by the hop before it, for the order's exact amount.</summary>
    private static StepOutcome CheckPending(SagaCall call, HopAnswer.Pending pending)
    {
        if (call.Payer is { } payer && pending.Accepts is { } accepts && !accepts.Contains(payer))
        {
            return new StepOutcome.Refused(pending.Request, pending.HttpStatus, $"{call.Target} does not accept proofs from {payer}");
        }
        if ((pending.Amount ?? call.Amount) != call.Amount || (pending.Currency ?? call.Currency) != call.Currency)
        {
            return new StepOutcome.Refused(pending.Request, pending.HttpStatus, $"{call.Target} opened a payment of {pending.Amount} {pending.Currency}, not {call.Amount} {call.Currency}");
        }
        return new StepOutcome.Succeeded(pending.Request, pending.HttpStatus, pending.Txid, null);
    }
}
