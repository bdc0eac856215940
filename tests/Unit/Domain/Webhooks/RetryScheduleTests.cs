using OpenCharge.Checkout.Domain.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Domain.Webhooks;

public sealed class RetryScheduleTests
{
    private const double NoSpread = 0.5;
    private const double AlmostOne = 1 - 1e-12;

    private static readonly DateTimeOffset CreatedAt = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly RetrySchedule _schedule = RetrySchedule.Default;

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(4, 80)]
    [InlineData(10, 5120)]
    public void NextAttemptAt_MiddleJitter_DoublesFromTenSeconds(int failedAttempts, double expectedSeconds)
    {
        var next = _schedule.NextAttemptAt(CreatedAt, failedAttempts, CreatedAt, NoSpread);

        Assert.Equal(CreatedAt.AddSeconds(expectedSeconds), next);
    }

    [Fact]
    public void NextAttemptAt_ZeroJitter_IsEightyPercentOfTheDelay()
    {
        var next = _schedule.NextAttemptAt(CreatedAt, 2, CreatedAt, 0);

        Assert.Equal(CreatedAt.AddSeconds(16), next);
    }

    [Fact]
    public void NextAttemptAt_JitterNearOne_IsAtMostHundredTwentyPercentOfTheDelay()
    {
        var next = _schedule.NextAttemptAt(CreatedAt, 2, CreatedAt, AlmostOne);

        Assert.NotNull(next);
        Assert.InRange(next.Value - CreatedAt, TimeSpan.FromSeconds(23.99), TimeSpan.FromSeconds(24));
    }

    [Theory]
    [InlineData(13)]
    [InlineData(20)]
    [InlineData(100)]
    [InlineData(int.MaxValue)]
    public void NextAttemptAt_ManyFailures_IsCappedAtSixHours(int failedAttempts)
    {
        var next = _schedule.NextAttemptAt(CreatedAt, failedAttempts, CreatedAt, NoSpread);

        Assert.Equal(CreatedAt.AddHours(6), next);
    }

    [Fact]
    public void NextAttemptAt_CappedDelayWithMaximumJitter_StaysWithinTwentyPercentOfTheCap()
    {
        var next = _schedule.NextAttemptAt(CreatedAt, 30, CreatedAt, AlmostOne);

        Assert.NotNull(next);
        Assert.InRange(next.Value - CreatedAt, TimeSpan.FromHours(7.19), TimeSpan.FromHours(7.2));
    }

    [Fact]
    public void NextAttemptAt_DelayWouldPassTheWindow_IsClampedToTheWindowEnd()
    {
        var failedAt = CreatedAt + TimeSpan.FromDays(3) - TimeSpan.FromHours(1);

        var next = _schedule.NextAttemptAt(CreatedAt, 30, failedAt, NoSpread);

        Assert.Equal(CreatedAt + TimeSpan.FromDays(3), next);
    }

    [Fact]
    public void NextAttemptAt_AtTheWindowEnd_IsNull()
    {
        var failedAt = CreatedAt + TimeSpan.FromDays(3);

        var next = _schedule.NextAttemptAt(CreatedAt, 30, failedAt, NoSpread);

        Assert.Null(next);
    }

    [Fact]
    public void NextAttemptAt_AfterTheWindow_IsNull()
    {
        var failedAt = CreatedAt + TimeSpan.FromDays(4);

        var next = _schedule.NextAttemptAt(CreatedAt, 1, failedAt, NoSpread);

        Assert.Null(next);
    }

    [Fact]
    public void NextAttemptAt_CountsFromTheFailureTime()
    {
        var failedAt = CreatedAt.AddMinutes(5);

        var next = _schedule.NextAttemptAt(CreatedAt, 1, failedAt, NoSpread);

        Assert.Equal(failedAt.AddSeconds(10), next);
    }
}
