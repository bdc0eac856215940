using System.Globalization;

using CsvHelper;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Csv;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// The merchant's CSV exports: exactly the rows its screens list, in the same order. Amounts are decimal strings
/// with a currency column, times UTC ISO-8601 with a Z, whatever the server's culture (columns in docs/decisions.md);
/// text that a spreadsheet would run as a formula is escaped as in the back office's export.
/// </summary>
public static class MerchantCsv
{
    public static readonly string[] SessionColumns =
        ["session_id", "merchant_ocid", "merchant_gateway_ocid", "order_id", "amount", "currency", "status", "created_at", "paid_at", "proof_txid"];

    /// <summary>Fixed-point formats by minor digits: a currency has 0, 2 or 3 (<see cref="Currency.Exponent"/>).</summary>
    private static readonly string[] AmountFormats = ["F0", "F1", "F2", "F3"];

    public static readonly string[] StatementColumns = ["at", "transaction_id", "kind", "reference", "amount", "currency", "balance"];

    public static Task WriteSessionsAsync(IAsyncEnumerable<MerchantSessionRow> rows, TextWriter writer, CancellationToken cancellationToken) =>
        WriteAsync(rows, SessionColumns, SessionFields, writer, cancellationToken);

    public static Task WriteStatementAsync(IAsyncEnumerable<StatementLine> lines, TextWriter writer, CancellationToken cancellationToken) =>
        WriteAsync(lines, StatementColumns, StatementFields, writer, cancellationToken);

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static async Task WriteAsync<TRow>(
        IAsyncEnumerable<TRow> rows, string[] header, Action<CsvWriter, TRow> writeFields, TextWriter writer, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(writer, SpreadsheetSafeCsv.Options, leaveOpen: true);
        csv.WriteHeader(header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            writeFields(csv, row);
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static void SessionFields(CsvWriter csv, MerchantSessionRow row)
    {
        csv.WriteField(row.Id.ToString());
        csv.WriteField(row.Merchant.ToString());
        csv.WriteField(row.MerchantGateway.ToString());
        csv.WriteField(row.OrderId);
        WriteAmount(csv, row.Total);
        csv.WriteField(row.Total.Currency.Code);
        csv.WriteField(row.Status.ToString());
        csv.WriteField(Utc(row.CreatedAt));
        csv.WriteField(row.PaidAt is { } paid ? Utc(paid) : "");
        csv.WriteField(row.ProofTxid ?? "");
    }

    private static void StatementFields(CsvWriter csv, StatementLine line)
    {
        csv.WriteField(Utc(line.At));
        csv.WriteField(line.TransactionId.ToString());
        csv.WriteField(line.Kind.ToString());
        csv.WriteField(line.Reference);
        WriteAmount(csv, line.Amount);
        csv.WriteField(line.Amount.Currency.Code);
        WriteAmount(csv, line.RunningBalance);
    }

    /// <summary>
    /// As a number, so that a debit's <c>-5.00</c> stays a negative amount: written as text it would start like a
    /// formula and be escaped to <c>'-5.00</c>. Exactly the currency's minor digits, as on the wire.
    /// </summary>
    private static void WriteAmount(CsvWriter csv, Money amount) =>
        csv.WriteField(decimal.Divide(amount.Minor, Pow10(amount.Currency.Exponent)), AmountFormats[amount.Currency.Exponent]);

    private static decimal Pow10(int exponent) => exponent == 0 ? 1m : 10m * Pow10(exponent - 1);
}
