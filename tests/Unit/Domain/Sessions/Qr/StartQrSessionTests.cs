using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Qr;

public sealed class StartQrSessionTests
{
    private readonly InMemoryQrSessions _sessions = new();
    private readonly FakeUnitOfWork _unitOfWork = new();
    private readonly StartQrSession _start;

    public StartQrSessionTests() =>
        _start = new StartQrSession(_unitOfWork, _sessions, new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task Execute_ShopperHasAPendingSession_RetiresItAndLeavesOnlyTheNewOnePending()
    {
        var first = await _start.ExecuteAsync("user_1", QrSession.DefaultTimeToLive, CancellationToken.None);

        var second = await _start.ExecuteAsync("user_1", QrSession.DefaultTimeToLive, CancellationToken.None);

        Assert.Equal(QrSessionStatus.Retired, first.Status);
        Assert.Equal([second.Id], _sessions.All.Where(s => s.Status == QrSessionStatus.Pending).Select(s => s.Id));
        Assert.Equal(2, _unitOfWork.Commits);
    }

    [Fact]
    public async Task Execute_AnotherShoppersPendingSession_IsLeftAlone()
    {
        var other = await _start.ExecuteAsync("user_2", QrSession.DefaultTimeToLive, CancellationToken.None);

        await _start.ExecuteAsync("user_1", QrSession.DefaultTimeToLive, CancellationToken.None);

        Assert.Equal(QrSessionStatus.Pending, other.Status);
    }
}
