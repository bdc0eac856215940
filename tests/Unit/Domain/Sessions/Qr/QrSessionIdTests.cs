using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Qr;

public sealed class QrSessionIdTests
{
    [Theory]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("sess_0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    public void TryParse_NotThirtyTwoLowercaseHex_IsRefused(string text)
    {
        Assert.False(QrSessionId.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_ThirtyTwoLowercaseHex_RoundTrips()
    {
        Assert.True(QrSessionId.TryParse("0123456789abcdef0123456789abcdef", out var id));

        Assert.Equal("0123456789abcdef0123456789abcdef", id.ToString());
    }
}
