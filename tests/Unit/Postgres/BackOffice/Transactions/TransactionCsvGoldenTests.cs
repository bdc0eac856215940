using System.Runtime.CompilerServices;

using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Transactions;

/// <summary>
/// The CSV export of a fixed filter over the fixed dataset, byte for byte against the checked-in golden file of schema
/// version 1 (docs/csv-export.md), and row for row against the grid for the same filter.
/// </summary>
public sealed class TransactionCsvGoldenTests(TransactionBooks books) : IClassFixture<TransactionBooks>
{
    private static readonly TransactionFilter UsdPaymentsOfGateway9000 = new()
    {
        Kind = TransactionKind.Payments,
        GatewayOcid = 9000,
        Currency = "USD",
    };

    [Fact]
    public async Task WriteAsync_FixedFilter_IsTheGoldenFileByteForByte()
    {
        var csv = await ExportAsync(UsdPaymentsOfGateway9000);

        var golden = await File.ReadAllBytesAsync(GoldenPath());
        if (!golden.AsSpan().SequenceEqual(csv))
        {
            var actual = Path.Combine(Path.GetTempPath(), "transactions-golden-v1.actual.csv");
            await File.WriteAllBytesAsync(actual, csv);
            Assert.Fail($"The export differs from the golden file; it was written to {actual} for a diff.");
        }
    }

    [Fact]
    public async Task WriteAsync_FixedFilter_HasTheGridsRowsInTheGridsOrder()
    {
        var queries = books.Resolve<TransactionQueries>();

        var csv = await ExportAsync(UsdPaymentsOfGateway9000);
        var grid = await queries.PageAsync(UsdPaymentsOfGateway9000, 0, TransactionQueries.MaxPageSize, CancellationToken.None);

        // No field of this dataset holds a comma, quote or line break, so splitting is reading.
        var lines = System.Text.Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', TransactionCsv.Columns), lines[0]);
        var records = lines.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(3, grid.Rows.Count);
        Assert.Equal(grid.Rows.Select(r => r.Id), records.Select(r => r[2]));
        Assert.Equal(grid.Rows.Select(r => (r.Status, r.Amount, r.Currency, r.Txid)), records.Select(r => (r[4], r[10], r[11], (string?)r[9])));
    }

    private async Task<byte[]> ExportAsync(TransactionFilter filter)
    {
        var queries = books.Resolve<TransactionQueries>();
        using var destination = new MemoryStream();
        await TransactionCsv.WriteAsync(queries.StreamAsync(filter, CancellationToken.None), filter.Kind, destination, CancellationToken.None);
        return destination.ToArray();
    }

    private static string GoldenPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "transactions-golden-v1.csv");
}
