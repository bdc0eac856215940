using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

/// <summary>The session's side of a remote settlement: Open → Processing → Paid, or back to Open with the reason.</summary>
public sealed class CheckoutSessionSettlementTests
{
    private static readonly DateTimeOffset Now = CheckoutSessionBuilder.DefaultNow.AddMinutes(1);
    private static readonly SessionPayment Payment = new("user_1", "pay_1", "octx_1", Now);

    [Fact]
    public void BeginSettlement_OpenSession_IsProcessingWithThePayment()
    {
        var session = Remote();

        var result = session.BeginSettlement(Payment, Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Processing, session.Status);
        Assert.Same(Payment, session.Payment);
        Assert.Null(session.ClosedAt);
    }

    [Fact]
    public void BeginSettlement_ExpiredSession_ReturnsExpired()
    {
        var session = Remote();

        var result = session.BeginSettlement(Payment, session.ExpiresAt);

        Assert.Equal("session.expired", result.Error?.Code);
        Assert.Equal(SessionStatus.Open, session.Status);
    }

    [Fact]
    public void EnsurePayable_Processing_ReturnsProcessing()
    {
        var session = Processing();

        Assert.Equal("session.processing", session.EnsurePayable(Now).Error?.Code);
    }

    [Fact]
    public void StatusAt_ProcessingPastExpiry_StaysProcessing()
    {
        var session = Processing();

        Assert.Equal(SessionStatus.Processing, session.StatusAt(session.ExpiresAt.AddHours(1)));
        Assert.True(session.IsLiveAt(session.ExpiresAt.AddHours(1)));
    }

    [Fact]
    public void CompleteSettlement_Processing_IsPaidAsOfNow()
    {
        var session = Processing();

        var result = session.CompleteSettlement(Now.AddSeconds(5));

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Paid, session.Status);
        Assert.Equal(Now.AddSeconds(5), session.ClosedAt);
        Assert.Equal(Now.AddSeconds(5), session.Payment?.PaidAt);
        Assert.Equal("octx_1", session.Payment?.ProofTxid);
    }

    [Fact]
    public void CompleteSettlement_OpenSession_ReturnsIllegalTransition()
    {
        var session = Remote();

        Assert.Equal("session.illegal_transition", session.CompleteSettlement(Now).Error?.Code);
    }

    [Fact]
    public void AbandonSettlement_Processing_IsOpenAgainWithTheReasonAndNoPayment()
    {
        var session = Processing();

        var result = session.AbandonSettlement("300 refused: HTTP 402", Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Null(session.Payment);
        Assert.Equal("300 refused: HTTP 402", session.SettlementFailure);
        Assert.True(session.EnsurePayable(Now).IsSuccess);
    }

    [Fact]
    public void AbandonSettlement_PaidSession_ReturnsIllegalTransition()
    {
        var session = Processing();
        session.CompleteSettlement(Now);

        Assert.Equal("session.illegal_transition", session.AbandonSettlement("late", Now).Error?.Code);
        Assert.Equal(SessionStatus.Paid, session.Status);
    }

    [Fact]
    public void BeginSettlement_AfterAReversal_ClearsTheReason()
    {
        var session = Processing();
        session.AbandonSettlement("refused", Now);

        session.BeginSettlement(Payment, Now);

        Assert.Null(session.SettlementFailure);
    }

    [Fact]
    public void Cancel_Processing_ReturnsIllegalTransition()
    {
        var session = Processing();

        Assert.Equal("session.illegal_transition", session.Cancel(Now).Error?.Code);
    }

    [Fact]
    public void Expire_ProcessingPastExpiry_ReturnsIllegalTransition()
    {
        var session = Processing();

        Assert.Equal("session.illegal_transition", session.Expire(session.ExpiresAt.AddMinutes(1)).Error?.Code);
        Assert.Equal(SessionStatus.Processing, session.Status);
    }

    private static CheckoutSession Remote() => A.Session().SettledOver(SettlementPath.PartnerReserve(new Ocid(300))).Build();

    private static CheckoutSession Processing()
    {
        var session = Remote();
        Assert.True(session.BeginSettlement(Payment, Now).IsSuccess);
        return session;
    }
}
