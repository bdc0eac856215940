using System.Globalization;

using CsvHelper;

using OpenCharge.Checkout.Infrastructure.Csv;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

/// <summary>
/// The grid as CSV, in the versioned column schema of docs/csv-export.md: change a column's name, order or meaning
/// and <see cref="SchemaVersion"/> changes with it. Rows are written as they are read, so a large export never sits in
/// memory whole.
/// </summary>
public static class TransactionCsv
{
    public const string SchemaVersion = "1";

    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Columns =
    [
        "schema_version", "kind", "id", "time_utc", "status", "merchant_ocid", "merchant_gateway_ocid",
        "order_id", "session_id", "txid", "amount", "currency", "method", "route",
    ];

    // LF, not RFC 4180's CRLF: the golden file and diffs stay byte-stable whatever git does with line ends.
    private static readonly CsvWriterOptions Options = SpreadsheetSafeCsv.Options with { NewLine = "\n" };

    /// <summary>Writes the header and every row as UTF-8, flushing as the buffer fills.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<TransactionRow> rows, TransactionKind kind, Stream destination, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader([.. Columns]);
        var kindName = KindName(kind);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(Fields(kindName, row), cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>UTC, ISO-8601 with microseconds (PostgreSQL's precision) and Z.</summary>
    public static string TimeText(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string KindName(TransactionKind kind) => kind switch
    {
        TransactionKind.Sessions => "session",
        TransactionKind.Payments => "payment",
        TransactionKind.Transfers => "transfer",
        TransactionKind.Proofs => "proof",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string?[] Fields(string kindName, TransactionRow row) =>
    [
        SchemaVersion, kindName, row.Id, TimeText(row.At), row.Status,
        row.MerchantOcid?.ToString(CultureInfo.InvariantCulture), row.GatewayOcid?.ToString(CultureInfo.InvariantCulture),
        row.OrderId, row.SessionText, row.Txid, row.Amount, row.Currency, row.Method, row.Route,
    ];
}
