using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Qr;

public sealed class QrSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Start_NewSession_HasA32HexIdAnEightCharacterCodeAndExpiresAfterTheTtl()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);

        Assert.Matches("^[0-9a-f]{32}$", session.Id.Value);
        Assert.Matches($"^[{QrShortCode.Alphabet}]{{8}}$", session.ShortCode.Value);
        Assert.Equal(Now.AddMinutes(5), session.ExpiresAt);
        Assert.Equal(QrSessionStatus.Pending, session.Status);
    }

    [Fact]
    public void Start_TwoSessions_HaveDifferentIdsAndCodes()
    {
        var first = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);

        var second = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.ShortCode, second.ShortCode);
    }

    [Fact]
    public void ReceiveOrder_PendingSession_RecordsTheOrderAndIsUsedAfterwards()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);
        var checkout = SessionId.New();

        var received = session.ReceiveOrder(new Ocid(701), checkout, Now.AddMinutes(1));

        Assert.True(received.IsSuccess);
        Assert.Equal(QrSessionStatus.OrderReceived, session.Status);
        Assert.Equal(checkout, session.CheckoutSessionId);
        Assert.Equal("qr_session.used", session.EnsureTakesOrder(Now.AddMinutes(1)).Error?.Code);
    }

    [Fact]
    public void ReceiveOrder_AtTheExpiryInstant_ReturnsExpired()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);

        var received = session.ReceiveOrder(new Ocid(701), SessionId.New(), session.ExpiresAt);

        Assert.Equal("qr_session.expired", received.Error?.Code);
        Assert.Equal(QrSessionStatus.Pending, session.Status);
    }

    [Fact]
    public void EnsureTakesOrder_UsedAndExpired_ReportsExpiredFirstAsA4Orders()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);
        session.ReceiveOrder(new Ocid(701), SessionId.New(), Now);

        var takes = session.EnsureTakesOrder(Now.AddMinutes(6));

        Assert.Equal("qr_session.expired", takes.Error?.Code);
    }

    [Fact]
    public void Retire_PendingSession_TakesNoOrder()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);

        session.Retire();

        Assert.Equal("qr_session.used", session.EnsureTakesOrder(Now).Error?.Code);
    }

    [Fact]
    public void Retire_SessionThatTookAnOrder_StaysOrderReceived()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);
        session.ReceiveOrder(new Ocid(701), SessionId.New(), Now);

        session.Retire();

        Assert.Equal(QrSessionStatus.OrderReceived, session.Status);
    }

    [Fact]
    public void Complete_PendingSession_ReturnsAnIllegalTransition()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);

        var completed = session.Complete();

        Assert.Equal("qr_session.illegal_transition", completed.Error?.Code);
    }

    [Fact]
    public void Complete_OrderReceivedTwice_IsCompletedAndIdempotent()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);
        session.ReceiveOrder(new Ocid(701), SessionId.New(), Now);
        session.Complete();

        var again = session.Complete();

        Assert.True(again.IsSuccess);
        Assert.Equal(QrSessionStatus.Completed, session.Status);
    }

    [Fact]
    public void ReopenOrder_CompletedSession_WaitsForTheShopperAgainAndCanBeCompletedOnceMore()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);
        session.ReceiveOrder(new Ocid(701), SessionId.New(), Now);
        session.Complete();

        var reopened = session.ReopenOrder();

        Assert.True(reopened.IsSuccess);
        Assert.Equal(QrSessionStatus.OrderReceived, session.Status);
        Assert.True(session.Complete().IsSuccess);
    }

    [Fact]
    public void ReopenOrder_PendingSession_ReturnsAnIllegalTransition()
    {
        var session = QrSession.Start("user_1", Now, QrSession.DefaultTimeToLive);

        var reopened = session.ReopenOrder();

        Assert.Equal("qr_session.illegal_transition", reopened.Error?.Code);
        Assert.Equal(QrSessionStatus.Pending, session.Status);
    }
}
