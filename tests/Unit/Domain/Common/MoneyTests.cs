using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.UnitTests.Domain.Common;

public sealed class MoneyTests
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly Currency Ugx = Currency.Of("UGX");

    [Theory]
    [InlineData("99.99", "USD", 9999)]
    [InlineData("1", "USD", 100)]
    [InlineData("0.05", "USD", 5)]
    [InlineData("10000.00", "UGX", 10000)]
    [InlineData("10000", "UGX", 10000)]
    [InlineData("1.500", "KWD", 1500)]
    public void TryParse_ValidAmount_ReturnsMinorUnits(string amount, string currency, long expectedMinor)
    {
        var parsed = Money.TryParse(amount, Currency.Of(currency), out var money);

        Assert.True(parsed);
        Assert.Equal(new Money(expectedMinor, Currency.Of(currency)), money);
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1,00")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData(" 1")]
    [InlineData("1.2.3")]
    [InlineData("１")]
    public void TryParse_MalformedOrTooPrecise_ReturnsFalse(string amount)
    {
        var parsed = Money.TryParse(amount, Usd, out var money);

        Assert.False(parsed);
        Assert.Equal(default, money);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        var parsed = Money.TryParse(null, Usd, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_UgxWithNonZeroFraction_ReturnsFalse()
    {
        var parsed = Money.TryParse("10000.50", Ugx, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_ThirtyTwoCharacters_IsAccepted()
    {
        var amount = "1." + new string('0', 30);

        var parsed = Money.TryParse(amount, Usd, out var money);

        Assert.True(parsed);
        Assert.Equal(100, money.Minor);
    }

    [Fact]
    public void TryParse_ThirtyThreeCharacters_ReturnsFalse()
    {
        var amount = "1." + new string('0', 31);

        var parsed = Money.TryParse(amount, Usd, out _);

        Assert.False(parsed);
    }

    [Theory]
    [InlineData("92233720368547758.08")]
    [InlineData("99999999999999999999")]
    [InlineData("92233720368547759")]
    public void TryParse_BeyondLongRange_ReturnsFalse(string amount)
    {
        var parsed = Money.TryParse(amount, Usd, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void TryParse_LargestRepresentableAmount_ReturnsLongMaxValue()
    {
        var parsed = Money.TryParse("92233720368547758.07", Usd, out var money);

        Assert.True(parsed);
        Assert.Equal(long.MaxValue, money.Minor);
    }

    [Theory]
    [InlineData("12.50", "USD")]
    [InlineData("0.05", "USD")]
    [InlineData("0.00", "USD")]
    [InlineData("10000", "UGX")]
    [InlineData("1.005", "KWD")]
    public void ToWireString_ParsedCanonicalAmount_RoundTrips(string amount, string currency)
    {
        Assert.True(Money.TryParse(amount, Currency.Of(currency), out var money));

        var wire = money.ToWireString();

        Assert.Equal(amount, wire);
    }

    [Fact]
    public void ToWireString_UgxParsedWithZeroFraction_DropsTheFraction()
    {
        Assert.True(Money.TryParse("10000.00", Ugx, out var money));

        var wire = money.ToWireString();

        Assert.Equal("10000", wire);
    }

    [Fact]
    public void ToWireString_NegativeAmount_KeepsSignAndPadding()
    {
        var money = new Money(-5, Usd);

        var wire = money.ToWireString();

        Assert.Equal("-0.05", wire);
    }

    [Fact]
    public void Add_SameCurrency_SumsMinorUnits()
    {
        var left = new Money(1250, Usd);

        var sum = left.Add(new Money(75, Usd));

        Assert.Equal(new Money(1325, Usd), sum);
    }

    [Fact]
    public void Add_DifferentCurrencies_Throws()
    {
        var dollars = new Money(100, Usd);

        Action add = () => _ = dollars.Add(new Money(100, Ugx));

        Assert.Throws<InvalidOperationException>(add);
    }

    [Fact]
    public void Add_BeyondLongRange_Throws()
    {
        var max = new Money(long.MaxValue, Usd);

        Action add = () => _ = max.Add(new Money(1, Usd));

        Assert.Throws<OverflowException>(add);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    public void IsPositive_ByMinorUnits_IsTrueOnlyAboveZero(long minor, bool expected)
    {
        var money = new Money(minor, Usd);

        var positive = money.IsPositive;

        Assert.Equal(expected, positive);
    }
}
