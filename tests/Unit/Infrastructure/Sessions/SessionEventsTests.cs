using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Sessions;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Sessions;

public sealed class SessionEventsTests
{
    [Fact]
    public void Publish_ToSubscribedSession_CallsOnlyItsSubscribers()
    {
        var events = new SessionEvents();
        var (paid, other) = (SessionId.New(), SessionId.New());
        var calls = new List<string>();
        using var first = events.Subscribe(paid, () => calls.Add("first"));
        using var second = events.Subscribe(paid, () => calls.Add("second"));
        using var elsewhere = events.Subscribe(other, () => calls.Add("other"));

        events.Publish(paid);

        Assert.Equal(["first", "second"], calls);
    }

    [Fact]
    public void Publish_AfterDispose_DoesNotCall()
    {
        var events = new SessionEvents();
        var id = SessionId.New();
        var calls = 0;
        var subscription = events.Subscribe(id, () => calls++);

        subscription.Dispose();
        events.Publish(id);

        Assert.Equal(0, calls);
    }
}
