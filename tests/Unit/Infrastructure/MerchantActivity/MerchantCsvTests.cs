using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.MerchantActivity;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.MerchantActivity;

/// <summary>Order ids and references come from merchants' systems: opened in a spreadsheet, none may run as a formula.</summary>
public sealed class MerchantCsvTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public async Task WriteSessionsAsync_OrderIdLikeAFormula_WritesItAsText(string orderId)
    {
        var row = new MerchantSessionRow(
            SessionId.New(), new Ocid(9001), new Ocid(100), orderId, new Money(12_50, Currency.Of("USD")), SessionStatus.Open, At, null, null);
        using var writer = new StringWriter();

        await MerchantCsv.WriteSessionsAsync(new[] { row }.ToAsyncEnumerable(), writer, CancellationToken.None);

        Assert.Contains($",\"'{orderId.Replace("\"", "\"\"", StringComparison.Ordinal)}\",", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteStatementAsync_ReferenceLikeAFormula_WritesItAsText()
    {
        var usd = Currency.Of("USD");
        var line = new StatementLine(Guid.NewGuid(), At, LedgerTransactionKind.CheckoutPayment, "=1+1", new Money(5_00, usd), new Money(5_00, usd));
        using var writer = new StringWriter();

        await MerchantCsv.WriteStatementAsync(new[] { line }.ToAsyncEnumerable(), writer, CancellationToken.None);

        Assert.Contains(",CheckoutPayment,\"'=1+1\",5.00,USD,5.00", writer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USD", -5_00, "-5.00")]
    [InlineData("JPY", -500, "-500")]
    [InlineData("KWD", -5_250, "-5.250")]
    public async Task WriteStatementAsync_Debit_WritesANegativeNumberNotEscapedText(string currency, long minor, string expected)
    {
        var code = Currency.Of(currency);
        var line = new StatementLine(Guid.NewGuid(), At, LedgerTransactionKind.CheckoutPayment, "refund 7", new Money(minor, code), new Money(0, code));
        using var writer = new StringWriter();

        await MerchantCsv.WriteStatementAsync(new[] { line }.ToAsyncEnumerable(), writer, CancellationToken.None);

        Assert.Contains($",refund 7,{expected},{currency},", writer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("'-", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteSessionsAsync_PlainOrderId_WritesItUnchanged()
    {
        var row = new MerchantSessionRow(
            SessionId.New(), new Ocid(9001), new Ocid(100), "order-42", new Money(12_50, Currency.Of("USD")), SessionStatus.Open, At, null, null);
        using var writer = new StringWriter();

        await MerchantCsv.WriteSessionsAsync(new[] { row }.ToAsyncEnumerable(), writer, CancellationToken.None);

        Assert.Contains(",order-42,12.50,USD,Open,", writer.ToString(), StringComparison.Ordinal);
    }
}
