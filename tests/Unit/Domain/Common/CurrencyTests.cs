using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.UnitTests.Domain.Common;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("USD", 2)]
    [InlineData("UGX", 0)]
    [InlineData("KWD", 3)]
    [InlineData("USDC", 2)]
    [InlineData("ETH", 2)]
    [InlineData("X1", 2)]
    [InlineData("ABCDEFGHIJ", 2)]
    public void TryParse_ValidCode_ReturnsCurrencyWithExponent(string code, int expectedExponent)
    {
        var parsed = Currency.TryParse(code, out var currency);

        Assert.True(parsed);
        Assert.Equal(code, currency.Code);
        Assert.Equal(expectedExponent, currency.Exponent);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("Usd")]
    [InlineData("U")]
    [InlineData("")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("US D")]
    [InlineData("US-D")]
    public void TryParse_InvalidCode_ReturnsFalse(string code)
    {
        var parsed = Currency.TryParse(code, out var currency);

        Assert.False(parsed);
        Assert.Equal(default, currency);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        var parsed = Currency.TryParse(null, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void Of_InvalidCode_Throws()
    {
        Action of = () => _ = Currency.Of("usd");

        Assert.Throws<ArgumentException>(of);
    }

    [Fact]
    public void Equals_SameCode_IsEqual()
    {
        var first = Currency.Of("USD");

        var second = Currency.Of("USD");

        Assert.Equal(first, second);
    }
}
