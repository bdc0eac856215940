using System.Text;

using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol;

public sealed class JsNumberFormatTests
{
    // Expected values are what Node's JSON.stringify(JSON.parse(token)) prints.
    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("0.0", "0")]
    [InlineData("-0.0e5", "0")]
    [InlineData("1", "1")]
    [InlineData("-42", "-42")]
    [InlineData("1706500000", "1706500000")]
    [InlineData("1.0", "1")]
    [InlineData("1.50", "1.5")]
    [InlineData("1E2", "100")]
    [InlineData("1e+2", "100")]
    [InlineData("0.1", "0.1")]
    [InlineData("-1.25e-10", "-1.25e-10")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("0.0000001", "1e-7")]
    [InlineData("123e-20", "1.23e-18")]
    [InlineData("100000000000000000000", "100000000000000000000")]
    [InlineData("1e21", "1e+21")]
    [InlineData("123456789012345678901234", "1.2345678901234569e+23")]
    [InlineData("999999999999999", "999999999999999")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("12345678901234567890", "12345678901234567000")]
    [InlineData("0.30000000000000004", "0.30000000000000004")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("1e400", "null")]
    [InlineData("-1e400", "null")]
    public void Format_JsonNumberToken_PrintsAsJavaScript(string token, string expected)
    {
        string formatted = JsNumberFormat.Format(Encoding.ASCII.GetBytes(token));

        Assert.Equal(expected, formatted);
    }
}
