using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Settlement.Sagas;

public sealed class SettlementSagaTests
{
    private static readonly Ocid Provider = new(100);
    private static readonly Ocid Intermediary = new(150);
    private static readonly Ocid Gateway = new(300);
    private static readonly DateTimeOffset Now = CheckoutSessionBuilder.DefaultNow.AddMinutes(1);

    [Fact]
    public void Start_PartnerReserve_PlansOneTransferToTheMerchantOrder()
    {
        var saga = Start(SettlementPath.PartnerReserve(Gateway));

        var call = saga.NextCall()!;

        Assert.Equal(SagaState.Held, saga.State);
        var step = Assert.Single(saga.Steps);
        Assert.Equal(SagaStepOperation.TransferCreate, step.Operation);
        Assert.Equal(Gateway, call.Target);
        Assert.Equal(new Ocid(9001), call.To.Ocid);
        Assert.Equal("ord_1", call.To.Reference);
        Assert.Equal("12.50", call.Amount);
        Assert.Equal("USD", call.Currency);
    }

    [Fact]
    public void Start_CommonProvider_PlansPaymentCreateTransferAndSettle()
    {
        var saga = Start(SettlementPath.CommonProvider(Provider, Gateway));

        Assert.Equal(
            [(SagaStepOperation.PaymentCreate, Gateway), (SagaStepOperation.TransferCreate, Provider), (SagaStepOperation.PaymentSettle, Gateway)],
            saga.Steps.Select(s => (s.Operation, s.Target)));
    }

    [Fact]
    public void Start_Chain_OpensPaymentsFromTheFarEndBackThenSettlesForward()
    {
        var saga = Start(SettlementPath.Chain([Provider, Intermediary, Gateway]));

        Assert.Equal(
            [
                (SagaStepOperation.PaymentCreate, Gateway),
                (SagaStepOperation.PaymentCreate, Intermediary),
                (SagaStepOperation.TransferCreate, Provider),
                (SagaStepOperation.PaymentSettle, Intermediary),
                (SagaStepOperation.PaymentSettle, Gateway),
            ],
            saga.Steps.Select(s => (s.Operation, s.Target)));
    }

    [Fact]
    public void Start_EveryStep_HasItsOwnStableIdempotencyKey()
    {
        var saga = Start(SettlementPath.Chain([Provider, Intermediary, Gateway]));

        Assert.Equal(saga.Steps.Count, saga.Steps.Select(s => s.IdempotencyKey).Distinct().Count());
        Assert.All(saga.Steps, s => Assert.True(s.IdempotencyKey.Length <= SagaStep.MaxKeyLength));
    }

    [Fact]
    public void Start_PathInsideOurLedger_Throws()
    {
        var session = A.Session().Build();

        Assert.Throws<ArgumentException>(() => SettlementSaga.Start(session, Payment(), Now));
    }

    [Fact]
    public void NextCall_ChainWithPaymentsOpened_PaysEachHopUnderTheNextHopsPendingTxid()
    {
        var saga = Start(SettlementPath.Chain([Provider, Intermediary, Gateway]));

        var gatewayPayment = saga.NextCall()!;
        Succeed(saga, gatewayPayment, "t_gateway");
        var intermediaryPayment = saga.NextCall()!;
        Succeed(saga, intermediaryPayment, "t_intermediary");
        var transfer = saga.NextCall()!;

        Assert.Equal(new Ocid(9001), gatewayPayment.To.Ocid);
        Assert.Equal("ord_1", gatewayPayment.To.Reference);
        Assert.Equal(Intermediary, gatewayPayment.Payer);
        Assert.Equal(Gateway, intermediaryPayment.To.Ocid);
        Assert.Equal("t_gateway", intermediaryPayment.To.Reference);
        Assert.Equal(Provider, intermediaryPayment.Payer);
        Assert.Equal(Intermediary, transfer.To.Ocid);
        Assert.Equal("t_intermediary", transfer.To.Reference);
    }

    [Fact]
    public void NextCall_SettleStep_HandsOnThePreviousHopsProof()
    {
        var saga = Start(SettlementPath.CommonProvider(Provider, Gateway));
        Succeed(saga, saga.NextCall()!, "t_gateway");
        Succeed(saga, saga.NextCall()!, "p_tx", Proof("p_tx", Provider));

        var settle = saga.NextCall()!;

        Assert.Equal(SagaStepOperation.PaymentSettle, settle.Operation);
        Assert.Equal("t_gateway", settle.SettleTxid);
        Assert.Equal("p_tx", settle.SettleProof?.Txid);
        Assert.Equal(new Ocid(9001), settle.To.Ocid);
        Assert.Null(settle.ResolveTxid);
    }

    [Fact]
    public void Record_IntermediateStepSucceeded_ContinuesAtOnce()
    {
        var saga = Start(SettlementPath.CommonProvider(Provider, Gateway));

        var progress = saga.Record(saga.NextCall()!, Succeeded("t_gateway"), Now.AddSeconds(3));

        Assert.Equal(SagaProgress.Continue, progress.Value);
        Assert.Equal(SagaState.Running, saga.State);
        Assert.Equal(Now.AddSeconds(3), saga.NextAttemptAt);
        Assert.Equal("t_gateway", saga.Steps[0].RemoteTxid);
    }

    [Fact]
    public void Record_LastStepSucceeded_CompletesWithTheFinalProof()
    {
        var saga = Start(SettlementPath.PartnerReserve(Gateway));

        var progress = saga.Record(saga.NextCall()!, Succeeded("g_tx", Proof("g_tx", Gateway)), Now);

        Assert.Equal(SagaProgress.Completed, progress.Value);
        Assert.Equal(SagaState.Completed, saga.State);
        Assert.Equal("g_tx", saga.FinalProof?.Txid);
        Assert.Null(saga.NextCall());
    }

    [Fact]
    public void Record_RefusedBeforeMoneyLeft_Reverses()
    {
        var saga = Start(SettlementPath.CommonProvider(Provider, Gateway));
        Succeed(saga, saga.NextCall()!, "t_gateway");

        var progress = saga.Record(saga.NextCall()!, new StepOutcome.Refused("{}", 402, "HTTP 402 INSUFFICIENT_FUNDS: low"), Now);

        Assert.Equal(SagaProgress.Reversed, progress.Value);
        Assert.Equal(SagaState.Reversed, saga.State);
        Assert.Contains("INSUFFICIENT_FUNDS", saga.Failure, StringComparison.Ordinal);
        Assert.Equal(SagaStepStatus.Failed, saga.Steps[1].Status);
    }

    [Fact]
    public void Record_RefusedAfterTheTransferPaid_StrandsForAnOperator()
    {
        var saga = Start(SettlementPath.CommonProvider(Provider, Gateway));
        Succeed(saga, saga.NextCall()!, "t_gateway");
        Succeed(saga, saga.NextCall()!, "p_tx", Proof("p_tx", Provider));

        var progress = saga.Record(saga.NextCall()!, new StepOutcome.Refused("{}", 400, "HTTP 400 PAYMENT_EXPIRED"), Now);

        Assert.Equal(SagaProgress.Stranded, progress.Value);
        Assert.Equal(SagaState.NeedsAttention, saga.State);
        Assert.True(saga.MoneyLeft);
    }

    [Fact]
    public void Record_Unanswered_KeepsTheStepOpenAndBacksOff()
    {
        var saga = Start(SettlementPath.PartnerReserve(Gateway));

        var progress = saga.Record(saga.NextCall()!, Unanswered(), Now);
        var again = saga.Record(saga.NextCall()!, Unanswered(), Now);

        Assert.Equal(SagaProgress.Continue, progress.Value);
        Assert.Equal(SagaProgress.Continue, again.Value);
        Assert.Equal(SagaStepStatus.Unanswered, saga.Steps[0].Status);
        Assert.Equal(2, saga.Steps[0].Attempts);
        Assert.Equal(Now.AddSeconds(2), saga.NextAttemptAt);
    }

    [Fact]
    public void Record_UnansweredRetriesRunOutBeforeAnyTransfer_Reverses()
    {
        var saga = Start(SettlementPath.CommonProvider(Provider, Gateway));

        var progress = Enumerable.Range(0, SettlementSaga.MaxAttempts).Select(_ => saga.Record(saga.NextCall()!, Unanswered(), Now)).ToList()[^1];

        Assert.Equal(SagaProgress.Reversed, progress.Value);
        Assert.Equal(SagaState.Reversed, saga.State);
    }

    [Fact]
    public void Record_UnansweredRetriesRunOutOnTheTransfer_LeavesTheMoneyInFlightForAnOperator()
    {
        var saga = Start(SettlementPath.PartnerReserve(Gateway));

        var progress = Enumerable.Range(0, SettlementSaga.MaxAttempts).Select(_ => saga.Record(saga.NextCall()!, Unanswered(), Now)).ToList()[^1];

        Assert.Equal(SagaProgress.Unresolved, progress.Value);
        Assert.Equal(SagaState.NeedsAttention, saga.State);
        Assert.False(saga.MoneyLeft);
    }

    [Fact]
    public void Record_SagaAlreadyFinished_ReturnsStepNotOpen()
    {
        var saga = Start(SettlementPath.PartnerReserve(Gateway));
        var call = saga.NextCall()!;
        saga.Record(call, new StepOutcome.Refused("{}", 402, "no"), Now);

        var again = saga.Record(call, Succeeded("g_tx", Proof("g_tx", Gateway)), Now);

        Assert.Equal("settlement.step_not_open", again.Error?.Code);
        Assert.Equal(SagaState.Reversed, saga.State);
    }

    [Fact]
    public void Record_CallForAStepThatIsNotNext_ReturnsStepNotOpen()
    {
        var saga = Start(SettlementPath.CommonProvider(Provider, Gateway));
        var first = saga.NextCall()!;
        Succeed(saga, first, "t_gateway");

        var replay = saga.Record(first, Succeeded("t_other"), Now);

        Assert.Equal("settlement.step_not_open", replay.Error?.Code);
        Assert.Equal("t_gateway", saga.Steps[0].RemoteTxid);
    }

    [Fact]
    public void NextCall_SettleWhoseAnswerWasLost_ResolvesThroughVerifyFirst()
    {
        var saga = Start(SettlementPath.CommonProvider(Provider, Gateway));
        Succeed(saga, saga.NextCall()!, "t_gateway");
        Succeed(saga, saga.NextCall()!, "p_tx", Proof("p_tx", Provider));
        saga.Record(saga.NextCall()!, Unanswered(), Now);

        var retry = saga.NextCall()!;

        Assert.Equal("t_gateway", retry.ResolveTxid);
        Assert.Equal(saga.Steps[2].IdempotencyKey, retry.IdempotencyKey);
    }

    [Fact]
    public void CallAwaiting_StepWhoseAnswerWasLost_MatchesTheProofsReference()
    {
        var saga = Start(SettlementPath.PartnerReserve(Gateway));
        saga.Record(saga.NextCall()!, Unanswered(), Now);

        Assert.NotNull(saga.CallAwaiting("ord_1"));
        Assert.Null(saga.CallAwaiting("ord_2"));
        Assert.Equal("ord_1", saga.Steps[0].AwaitedReference);
    }

    [Fact]
    public void CallAwaiting_StepNeverSent_AwaitsNothing()
    {
        var saga = Start(SettlementPath.PartnerReserve(Gateway));

        Assert.Null(saga.CallAwaiting("ord_1"));
    }

    [Fact]
    public void BackOff_ManyAttempts_IsCappedAtTheMaximum()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), SettlementSaga.BackOff(1));
        Assert.Equal(TimeSpan.FromSeconds(8), SettlementSaga.BackOff(4));
        Assert.Equal(SettlementSaga.MaxBackOff, SettlementSaga.BackOff(30));
    }

    internal static SettlementSaga Start(SettlementPath path)
    {
        var session = A.Session().SettledOver(path).Build();
        return SettlementSaga.Start(session, Payment(), Now);
    }

    private static SessionPayment Payment() => new("user_1", "pay_1", "octx_1", Now);

    private static void Succeed(SettlementSaga saga, SagaCall call, string txid, StoredProof? proof = null) =>
        Assert.Equal(SagaProgress.Continue, saga.Record(call, Succeeded(txid, proof), Now).Value);

    private static StepOutcome.Succeeded Succeeded(string txid, StoredProof? proof = null) => new("{}", 200, txid, proof);

    private static StepOutcome.Unanswered Unanswered() => new("{}", null, "timed out");

    private static StoredProof Proof(string txid, Ocid issuer) => new(txid, issuer, "{\"txid\":\"" + txid + "\"}", "sig");
}
