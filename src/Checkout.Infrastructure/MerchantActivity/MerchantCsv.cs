using System.Globalization;

using CsvHelper;

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

    public static readonly string[] StatementColumns = ["at", "transaction_id", "kind", "reference", "amount", "currency", "balance"];

    public static Task WriteSessionsAsync(IAsyncEnumerable<MerchantSessionRow> rows, TextWriter writer, CancellationToken cancellationToken) =>
        WriteAsync(rows, SessionColumns, SessionFields, writer, cancellationToken);

    public static Task WriteStatementAsync(IAsyncEnumerable<StatementLine> lines, TextWriter writer, CancellationToken cancellationToken) =>
        WriteAsync(lines, StatementColumns, StatementFields, writer, cancellationToken);

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static async Task WriteAsync<TRow>(
        IAsyncEnumerable<TRow> rows, string[] header, Func<TRow, string[]> fields, TextWriter writer, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(writer, SpreadsheetSafeCsv.Options, leaveOpen: true);
        csv.WriteHeader(header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(fields(row), cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static string[] SessionFields(MerchantSessionRow row) =>
    [
        row.Id.ToString(),
        row.Merchant.ToString(),
        row.MerchantGateway.ToString(),
        row.OrderId,
        row.Total.ToWireString(),
        row.Total.Currency.Code,
        row.Status.ToString(),
        Utc(row.CreatedAt),
        row.PaidAt is { } paid ? Utc(paid) : "",
        row.ProofTxid ?? "",
    ];

    private static string[] StatementFields(StatementLine line) =>
    [
        Utc(line.At),
        line.TransactionId.ToString(),
        line.Kind.ToString(),
        line.Reference,
        line.Amount.ToWireString(),
        line.Amount.Currency.Code,
        line.RunningBalance.ToWireString(),
    ];
}
