using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

public sealed class ExpireSessionsTests
{
    private readonly FakeTimeProvider _time = new(CheckoutSessionBuilder.DefaultNow);
    private readonly FakeUnitOfWork _unitOfWork = new();
    private readonly InMemoryCheckoutSessions _sessions = new();
    private readonly ExpireSessions _expire;

    public ExpireSessionsTests() => _expire = new ExpireSessions(_unitOfWork, _sessions, _time);

    [Fact]
    public async Task Execute_OpenSessionAtItsExpiry_MarksItExpiredAndCommits()
    {
        var session = A.Session().Build();
        _sessions.Add(session);
        _time.SetUtcNow(session.ExpiresAt);

        var expired = await _expire.ExecuteAsync(CancellationToken.None);

        Assert.Equal(session.Id, Assert.Single(expired));
        Assert.Equal(SessionStatus.Expired, session.Status);
        Assert.Equal(session.ExpiresAt, session.ClosedAt);
        Assert.True(Assert.Single(_unitOfWork.Scopes).Committed);
    }

    [Fact]
    public async Task Execute_BeforeExpiry_LeavesSessionOpen()
    {
        var session = A.Session().Build();
        _sessions.Add(session);
        _time.SetUtcNow(session.ExpiresAt - TimeSpan.FromMilliseconds(1));

        var expired = await _expire.ExecuteAsync(CancellationToken.None);

        Assert.Empty(expired);
        Assert.Equal(SessionStatus.Open, session.Status);
    }
}
