using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// One remote call of a settlement saga and everything we learnt from it. <see cref="IdempotencyKey"/> never changes:
/// it is sent as <c>Idempotency-Key</c> and as <c>from.reference</c>/<c>reference</c>, so a retry after a lost answer
/// asks for the same payment instead of a second one.
/// </summary>
public sealed class SagaStep
{
    public const int MaxKeyLength = 64;
    public const int MaxFailureLength = 500;

    private SagaStep()
    {
    }

    public int Index { get; private set; }

    /// <summary>Position in the path's hops of the service this step calls.</summary>
    public int Hop { get; private set; }

    public SagaStepOperation Operation { get; private set; }

    public Ocid Target { get; private set; }

    public string IdempotencyKey { get; private set; } = "";

    public SagaStepStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The body of the last request sent.</summary>
    public string? Request { get; private set; }

    public int? HttpStatus { get; private set; }

    /// <summary>The hop's txid: the pending payment a <c>/payment/create</c> opened, or the txid of the proof it returned.</summary>
    public string? RemoteTxid { get; private set; }

    /// <summary>While unanswered: the <c>to.reference</c> of the proof this step awaits (see <see cref="IAwaitedProofs"/>).</summary>
    public string? AwaitedReference { get; private set; }

    public string? ProofJson { get; private set; }

    public string? ProofSignature { get; private set; }

    public string? Failure { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsOpen => Status is SagaStepStatus.Pending or SagaStepStatus.Unanswered;

    public StoredProof? Proof => ProofJson is null || ProofSignature is null || RemoteTxid is null ? null : new StoredProof(RemoteTxid, Target, ProofJson, ProofSignature);

    internal static SagaStep Plan(int index, int hop, SagaStepOperation operation, Ocid target, SagaId saga) => new()
    {
        Index = index,
        Hop = hop,
        Operation = operation,
        Target = target,
        IdempotencyKey = $"stl_{saga}_{index}",
        Status = SagaStepStatus.Pending,
    };

    internal void Record(StepOutcome outcome, string? awaitedReference, DateTimeOffset now)
    {
        Attempts++;
        Request = outcome.Request;
        HttpStatus = outcome.HttpStatus;
        AnsweredAt = now;
        switch (outcome)
        {
            case StepOutcome.Succeeded succeeded:
                Status = SagaStepStatus.Succeeded;
                RemoteTxid = succeeded.RemoteTxid;
                ProofJson = succeeded.Proof?.Json;
                ProofSignature = succeeded.Proof?.Signature;
                AwaitedReference = null;
                Failure = null;
                break;
            case StepOutcome.Refused refused:
                Status = SagaStepStatus.Failed;
                AwaitedReference = null;
                Failure = Truncate(refused.Reason);
                break;
            case StepOutcome.Unanswered unanswered:
                Status = SagaStepStatus.Unanswered;
                AwaitedReference = awaitedReference;
                Failure = Truncate(unanswered.Reason);
                break;
        }
    }

    private static string Truncate(string reason) => reason.Length <= MaxFailureLength ? reason : reason[..MaxFailureLength];
}
