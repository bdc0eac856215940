using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// Late proofs for saga steps whose answer was lost: a hop may deliver its proof to our <c>/transfer/webhook</c>
/// instead. The proof goes through the same checks as an answer would, and counts only for the step still awaiting it.
/// </summary>
public sealed class SagaAwaitedProofs(ISettlementSagas sagas, HopProofCheck proofs, SettlementBooks books, TimeProvider time) : IAwaitedProofs
{
    public async Task<AwaitedProof?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        var saga = await sagas.LockAwaitingAsync(reference, cancellationToken);
        return saga?.CallAwaiting(reference) is { } call ? new AwaitedProof(reference, call.Target, call.Amount, call.Currency) : null;
    }

    public async Task<bool> AcceptAsync(AwaitedProof awaited, ProofEnvelope proof, CancellationToken cancellationToken)
    {
        var saga = await sagas.LockAwaitingAsync(awaited.Reference, cancellationToken);
        if (saga?.CallAwaiting(awaited.Reference) is not { } call || await proofs.CheckAsync(call, proof, cancellationToken) is not null)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var request = saga.Steps[call.Step].Request ?? "";
        var recorded = saga.Record(call, new StepOutcome.Succeeded(request, null, proof.Proof.Txid, StoredProofs.From(proof)), now);
        if (!recorded.IsSuccess)
        {
            return false;
        }
        await books.ApplyAsync(saga, recorded.Value, now, cancellationToken);
        return true;
    }
}
