using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

public sealed class CheckoutSessionTests
{
    private readonly FakeTimeProvider _time = new(CheckoutSessionBuilder.DefaultNow);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Open_NewSession_IsOpenAndExpiresAfterTimeToLive()
    {
        var session = A.Session().OpenedAt(Now).ExpiringIn(TimeSpan.FromMinutes(5)).Build();

        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Equal(Now, session.CreatedAt);
        Assert.Equal(Now.AddMinutes(5), session.ExpiresAt);
        Assert.Null(session.ClosedAt);
        Assert.Null(session.Payment);
    }

    [Fact]
    public void Open_OrderExpiresBeforeTimeToLive_ExpiresWithTheOrder()
    {
        var orderExpiry = Now.AddMinutes(2);

        var session = A.Session().OpenedAt(Now).ExpiringIn(TimeSpan.FromMinutes(15)).WithOrderExpiringAt(orderExpiry).Build();

        Assert.Equal(orderExpiry, session.ExpiresAt);
    }

    [Fact]
    public void Open_OrderExpiresAfterTimeToLive_ExpiresAfterTimeToLive()
    {
        var session = A.Session().OpenedAt(Now).ExpiringIn(TimeSpan.FromMinutes(15)).WithOrderExpiringAt(Now.AddHours(1)).Build();

        Assert.Equal(Now.AddMinutes(15), session.ExpiresAt);
    }

    [Fact]
    public void Open_Order_CopiesTheOrderVerbatim()
    {
        var session = A.Session().ForMerchant(500).ForOrder("ord_42").Paying("10000.00", "UGX").ViaGateway(301).Build();

        Assert.Equal(500, session.MerchantOcid.Value);
        Assert.Equal(301, session.MerchantGatewayOcid.Value);
        Assert.Equal("ord_42", session.OrderId);
        Assert.Equal("10000.00", session.Amount);
        Assert.Equal(10000, session.Total.Minor);
        Assert.Equal("sig_ord_42", session.OrderSignature);
    }

    [Fact]
    public void StatusAt_BeforeExpiry_IsOpen()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive - TimeSpan.FromTicks(1));

        var status = session.StatusAt(Now);

        Assert.Equal(SessionStatus.Open, status);
    }

    [Fact]
    public void StatusAt_AtExpiry_IsExpiredWithoutChangingStoredStatus()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive);

        var status = session.StatusAt(Now);

        Assert.Equal(SessionStatus.Expired, status);
        Assert.Equal(SessionStatus.Open, session.Status);
    }

    [Fact]
    public void StatusAt_PaidSessionAfterExpiry_StaysPaid()
    {
        var session = A.Session().OpenedAt(Now).Build();
        Assert.True(session.MarkPaid(Payment(), Now).IsSuccess);
        _time.Advance(TimeSpan.FromDays(1));

        var status = session.StatusAt(Now);

        Assert.Equal(SessionStatus.Paid, status);
    }

    [Fact]
    public void EnsurePayable_Open_Succeeds()
    {
        var session = A.Session().OpenedAt(Now).Build();

        var result = session.EnsurePayable(Now);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void EnsurePayable_Paid_FailsAlreadyPaid()
    {
        var session = A.Session().OpenedAt(Now).Build();
        Assert.True(session.MarkPaid(Payment(), Now).IsSuccess);

        var result = session.EnsurePayable(Now);

        Assert.Equal("session.already_paid", result.Error?.Code);
    }

    [Fact]
    public void EnsurePayable_Cancelled_FailsCancelled()
    {
        var session = A.Session().OpenedAt(Now).Build();
        Assert.True(session.Cancel(Now).IsSuccess);

        var result = session.EnsurePayable(Now);

        Assert.Equal("session.cancelled", result.Error?.Code);
    }

    [Fact]
    public void EnsurePayable_PastExpiry_FailsExpired()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive);

        var result = session.EnsurePayable(Now);

        Assert.Equal("session.expired", result.Error?.Code);
    }

    [Fact]
    public void EnsurePayable_ExpiryRecorded_FailsExpired()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive);
        Assert.True(session.Expire(Now).IsSuccess);

        var result = session.EnsurePayable(Now);

        Assert.Equal("session.expired", result.Error?.Code);
    }

    [Fact]
    public void MarkPaid_Open_RecordsPaymentAndCloses()
    {
        var session = A.Session().OpenedAt(Now).Build();
        var payment = Payment();

        var result = session.MarkPaid(payment, Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Paid, session.Status);
        Assert.Same(payment, session.Payment);
        Assert.Equal(Now, session.ClosedAt);
    }

    [Fact]
    public void MarkPaid_Twice_FailsAlreadyPaidAndKeepsFirstPayment()
    {
        var session = A.Session().OpenedAt(Now).Build();
        var first = Payment("user_1");
        Assert.True(session.MarkPaid(first, Now).IsSuccess);

        var result = session.MarkPaid(Payment("user_2"), Now);

        Assert.Equal("session.already_paid", result.Error?.Code);
        Assert.Same(first, session.Payment);
    }

    [Fact]
    public void MarkPaid_AfterExpiry_FailsExpiredAndStaysUnpaid()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive);

        var result = session.MarkPaid(Payment(), Now);

        Assert.Equal("session.expired", result.Error?.Code);
        Assert.Null(session.Payment);
        Assert.Equal(SessionStatus.Open, session.Status);
    }

    [Fact]
    public void MarkPaid_Cancelled_FailsCancelled()
    {
        var session = A.Session().OpenedAt(Now).Build();
        Assert.True(session.Cancel(Now).IsSuccess);

        var result = session.MarkPaid(Payment(), Now);

        Assert.Equal("session.cancelled", result.Error?.Code);
        Assert.Null(session.Payment);
    }

    [Fact]
    public void Cancel_Open_BecomesCancelled()
    {
        var session = A.Session().OpenedAt(Now).Build();

        var result = session.Cancel(Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.Equal(Now, session.ClosedAt);
    }

    [Fact]
    public void Cancel_Twice_IsIdempotent()
    {
        var session = A.Session().OpenedAt(Now).Build();
        var cancelledAt = Now;
        Assert.True(session.Cancel(Now).IsSuccess);
        _time.Advance(TimeSpan.FromMinutes(1));

        var result = session.Cancel(Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.Equal(cancelledAt, session.ClosedAt);
    }

    [Fact]
    public void Cancel_Paid_FailsIllegalTransition()
    {
        var session = A.Session().OpenedAt(Now).Build();
        Assert.True(session.MarkPaid(Payment(), Now).IsSuccess);

        var result = session.Cancel(Now);

        Assert.Equal("session.illegal_transition", result.Error?.Code);
        Assert.Equal(SessionStatus.Paid, session.Status);
    }

    [Fact]
    public void Cancel_PastExpiry_FailsIllegalTransition()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive);

        var result = session.Cancel(Now);

        Assert.Equal("session.illegal_transition", result.Error?.Code);
        Assert.Equal(SessionStatus.Open, session.Status);
    }

    [Fact]
    public void Expire_BeforeExpiresAt_FailsAndStaysOpen()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive - TimeSpan.FromSeconds(1));

        var result = session.Expire(Now);

        Assert.Equal("session.illegal_transition", result.Error?.Code);
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Null(session.ClosedAt);
    }

    [Fact]
    public void Expire_AtExpiresAt_BecomesExpired()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive);

        var result = session.Expire(Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(SessionStatus.Expired, session.Status);
        Assert.Equal(Now, session.ClosedAt);
    }

    [Fact]
    public void Expire_AlreadyExpired_IsIdempotent()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive);
        var expiredAt = Now;
        Assert.True(session.Expire(Now).IsSuccess);
        _time.Advance(TimeSpan.FromHours(1));

        var result = session.Expire(Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(expiredAt, session.ClosedAt);
    }

    [Fact]
    public void Expire_Paid_FailsIllegalTransition()
    {
        var session = A.Session().OpenedAt(Now).Build();
        Assert.True(session.MarkPaid(Payment(), Now).IsSuccess);
        _time.Advance(TimeSpan.FromDays(1));

        var result = session.Expire(Now);

        Assert.Equal("session.illegal_transition", result.Error?.Code);
        Assert.Equal(SessionStatus.Paid, session.Status);
    }

    [Fact]
    public void IsLiveAt_OpenBeforeExpiry_IsTrue()
    {
        var session = A.Session().OpenedAt(Now).Build();

        var live = session.IsLiveAt(Now);

        Assert.True(live);
    }

    [Fact]
    public void IsLiveAt_OpenPastExpiry_IsFalse()
    {
        var session = A.Session().OpenedAt(Now).Build();
        _time.Advance(CheckoutSessionBuilder.DefaultTimeToLive);

        var live = session.IsLiveAt(Now);

        Assert.False(live);
    }

    [Fact]
    public void IsLiveAt_PaidLongAfterExpiry_IsTrue()
    {
        var session = A.Session().OpenedAt(Now).Build();
        Assert.True(session.MarkPaid(Payment(), Now).IsSuccess);
        _time.Advance(TimeSpan.FromDays(30));

        var live = session.IsLiveAt(Now);

        Assert.True(live);
    }

    [Fact]
    public void IsLiveAt_Cancelled_IsFalse()
    {
        var session = A.Session().OpenedAt(Now).Build();
        Assert.True(session.Cancel(Now).IsSuccess);

        var live = session.IsLiveAt(Now);

        Assert.False(live);
    }

    private SessionPayment Payment(string payer = "user_1") => new(payer, "pay_1", "octx_1", Now);
}
