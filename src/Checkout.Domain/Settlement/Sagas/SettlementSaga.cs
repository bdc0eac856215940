using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>
/// The durable state of paying one session over a remote path (issue 8, "Executing a path"). The steps are planned
/// when the money is held: a partner reserve is one <c>/transfer/create</c>; a provider path [P, H1, …, Hn] opens
/// pending payments from the far end back (Hn, …, H1), pays H1 from P, then settles forward, each proof paying the
/// next hop (gaps.md G28). Every outcome is recorded here first; the ledger follows what <see cref="Record"/> returns.
/// </summary>
public sealed class SettlementSaga
{
    /// <summary>Calls with a lost answer are retried this often (same key) before the saga gives up on them.</summary>
    public const int MaxAttempts = 8;

    public static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(1);

    /// <summary>How long the pending payments we open stay payable (the MG default of endpoints.md C3).</summary>
    public static readonly TimeSpan PaymentWindow = TimeSpan.FromHours(1);

    private readonly List<SagaStep> _steps = [];

    private SettlementSaga()
    {
    }

    public SagaId Id { get; private set; }

    public SessionId SessionId { get; private set; }

    public SettlementPathKind PathKind { get; private set; }

    public IReadOnlyList<Ocid> Hops { get; private set; } = [];

    public string ShopperUserId { get; private set; } = "";

    public Ocid MerchantOcid { get; private set; }

    public string OrderId { get; private set; } = "";

    public IReadOnlyList<string> OrderUrls { get; private set; } = [];

    /// <summary>The order's amount string, sent verbatim on every hop (gaps.md G16).</summary>
    public string Amount { get; private set; } = "";

    public Money Total { get; private set; }

    public string PaymentReference { get; private set; } = "";

    public SagaState State { get; private set; }

    public string? Failure { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public IReadOnlyList<SagaStep> Steps => _steps;

    public uint Version { get; private set; }

    public Ocid FundingPartner => Hops[0];

    public bool IsFinished => State is SagaState.Completed or SagaState.Reversed or SagaState.NeedsAttention;

    /// <summary>The proof the merchant holds once the saga completed: the last hop's.</summary>
    public StoredProof? FinalProof => State == SagaState.Completed ? _steps[^1].Proof : null;

    /// <summary>A proof from the funding partner exists: money left our holding.</summary>
    public bool MoneyLeft => TransferStep.Status == SagaStepStatus.Succeeded;

    private SagaStep TransferStep => _steps.Single(s => s.Operation == SagaStepOperation.TransferCreate);

    public static SettlementSaga Start(CheckoutSession session, SessionPayment payment, DateTimeOffset now)
    {
        var path = session.Route.Path;
        if (!path.IsRemote)
        {
            throw new ArgumentException("Only a remote path needs a settlement saga.", nameof(session));
        }
        var saga = new SettlementSaga
        {
            Id = SagaId.New(),
            SessionId = session.Id,
            PathKind = path.Kind,
            Hops = [.. path.Hops],
            ShopperUserId = payment.PayerUserId,
            MerchantOcid = session.MerchantOcid,
            OrderId = session.OrderId,
            OrderUrls = [.. session.Urls.Order.Select(u => u.ToString())],
            Amount = session.Amount,
            Total = session.Total,
            PaymentReference = payment.PaymentReference,
            State = SagaState.Held,
            CreatedAt = now,
            UpdatedAt = now,
            NextAttemptAt = now,
        };
        saga.Plan();
        return saga;
    }

    /// <summary>The first step without a final answer, as the call to make now.</summary>
    public SagaCall? NextCall()
    {
        var step = _steps.FirstOrDefault(s => s.IsOpen);
        if (IsFinished || step is null)
        {
            return null;
        }
        var call = new SagaCall(step.Index, step.Operation, step.Target, step.IdempotencyKey, PartyAfter(step.Hop), Amount, Total.Currency.Code);
        var paysMerchant = step.Hop == Hops.Count - 1 && step.Operation != SagaStepOperation.PaymentSettle;
        return step.Operation switch
        {
            SagaStepOperation.PaymentCreate => call with
            {
                OrderUrls = paysMerchant ? OrderUrls : [],
                Payer = Hops[step.Hop - 1],
                ExpiresAt = CreatedAt + PaymentWindow,
            },
            SagaStepOperation.TransferCreate => call with { OrderUrls = paysMerchant ? OrderUrls : [] },
            _ => call with
            {
                SettleTxid = PendingTxid(step.Hop),
                SettleProof = _steps[step.Index - 1].Proof,
                ResolveTxid = step.Status == SagaStepStatus.Unanswered ? PendingTxid(step.Hop) : null,
            },
        };
    }

    /// <summary>
    /// Records the outcome of <paramref name="call"/> and says what it means for the held money. A lost answer is
    /// retried after a back-off of 1 s, 2 s, 4 s … up to <see cref="MaxBackOff"/>, <see cref="MaxAttempts"/> times.
    /// </summary>
    public Result<SagaProgress> Record(SagaCall call, StepOutcome outcome, DateTimeOffset now)
    {
        if (IsFinished || call.Step >= _steps.Count || !_steps[call.Step].IsOpen || _steps.FirstOrDefault(s => s.IsOpen) != _steps[call.Step])
        {
            return SagaErrors.StepNotOpen(Id, call.Step);
        }
        var step = _steps[call.Step];
        step.Record(outcome, call.ReturnsProof ? call.To.Reference : null, now);
        State = SagaState.Running;
        UpdatedAt = now;
        NextAttemptAt = now;
        switch (outcome)
        {
            case StepOutcome.Succeeded when step.Index == _steps.Count - 1:
                return Finish(SagaState.Completed, null, SagaProgress.Completed);
            case StepOutcome.Succeeded:
                return SagaProgress.Continue;
            case StepOutcome.Refused refused:
                return MoneyLeft
                    ? Finish(SagaState.NeedsAttention, $"{step.Target} refused after the funds left our account: {refused.Reason}", SagaProgress.Stranded)
                    : Finish(SagaState.Reversed, $"{step.Target} refused: {refused.Reason}", SagaProgress.Reversed);
            case StepOutcome.Unanswered unanswered when step.Attempts >= MaxAttempts:
                // Only a transfer or settlement can have moved money; a pending payment left open at a gateway expires.
                return TransferStep.Status == SagaStepStatus.Pending
                    ? Finish(SagaState.Reversed, $"{step.Target} did not answer: {unanswered.Reason}", SagaProgress.Reversed)
                    : Finish(SagaState.NeedsAttention, $"{step.Target} did not answer, so whether it paid is unknown: {unanswered.Reason}", SagaProgress.Unresolved);
            default:
                NextAttemptAt = now + BackOff(step.Attempts);
                return SagaProgress.Continue;
        }
    }

    /// <summary>The open step waiting for a proof under this <c>to.reference</c>, if any (a lost answer delivered late).</summary>
    public SagaCall? CallAwaiting(string reference)
    {
        var call = NextCall();
        return call is { ReturnsProof: true } && _steps[call.Step].Status == SagaStepStatus.Unanswered && call.To.Reference == reference ? call : null;
    }

    public static TimeSpan BackOff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Max(attempts - 1, 0)), MaxBackOff.TotalSeconds));

    private SagaProgress Finish(SagaState state, string? failure, SagaProgress progress)
    {
        State = state;
        Failure = failure is { Length: > SagaStep.MaxFailureLength } ? failure[..SagaStep.MaxFailureLength] : failure;
        return progress;
    }

    private void Plan()
    {
        var last = Hops.Count - 1;
        var index = 0;
        for (var hop = last; hop >= 1; hop--)
        {
            _steps.Add(SagaStep.Plan(index++, hop, SagaStepOperation.PaymentCreate, Hops[hop], Id));
        }
        _steps.Add(SagaStep.Plan(index++, 0, SagaStepOperation.TransferCreate, Hops[0], Id));
        for (var hop = 1; hop <= last; hop++)
        {
            _steps.Add(SagaStep.Plan(index++, hop, SagaStepOperation.PaymentSettle, Hops[hop], Id));
        }
    }

    /// <summary>Whom the money hop <paramref name="hop"/> pays goes to: the next hop's pending payment, or the merchant's order.</summary>
    private ProofParty PartyAfter(int hop) => hop == Hops.Count - 1
        ? new ProofParty(MerchantOcid, OrderId)
        : new ProofParty(Hops[hop + 1], PendingTxid(hop + 1));

    private string? PendingTxid(int hop) =>
        _steps.Single(s => s.Operation == SagaStepOperation.PaymentCreate && s.Hop == hop).RemoteTxid;
}
