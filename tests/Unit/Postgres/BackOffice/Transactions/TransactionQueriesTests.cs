using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

using static OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Transactions.TransactionBooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Transactions;

public sealed class TransactionQueriesTests(TransactionBooks books) : IClassFixture<TransactionBooks>
{
    private static readonly TransactionFilter Sessions = new() { Kind = TransactionKind.Sessions };

    public static TheoryData<string, TransactionFilter, string[]> Filters => new()
    {
        { "every session, newest first", Sessions, Ids(S6, S5, S4, S3, S2, S1) },
        { "an open session past its expiry is Expired", Sessions with { Status = "Expired" }, Ids(S2) },
        { "no session reads Open at the fixed clock", Sessions with { Status = "Open" }, [] },
        { "by merchant", Sessions with { MerchantOcid = 9001 }, Ids(S6, S5, S2, S1) },
        { "by merchant gateway", Sessions with { GatewayOcid = 9100 }, Ids(S3) },
        { "by currency", Sessions with { Currency = "EUR" }, Ids(S3) },
        { "by amount range, both ends inclusive", Sessions with { MinAmount = 12.50m, MaxAmount = 250m }, Ids(S4, S3, S1) },
        { "by date range, end exclusive", Sessions with { From = At(3), To = At(5) }, Ids(S4, S3) },
        { "by method", Sessions with { Method = "WalletQr" }, Ids(S3) },
        { "by route", Sessions with { Route = "Direct" }, Ids(S6, S3) },
        { "filters combine", Sessions with { MerchantOcid = 9001, Status = "Paid" }, Ids(S6, S1) },
        { "search by order id", Sessions with { Search = "ord-4" }, Ids(S4) },
        { "search by session id", Sessions with { Search = S2.ToString() }, Ids(S2) },
        { "search by txid", Sessions with { Search = "tx_s6" }, Ids(S6) },
        { "payments are the paid and processing sessions", new TransactionFilter { Kind = TransactionKind.Payments }, Ids(S6, S4, S3, S1) },
        { "processing payments", new TransactionFilter { Kind = TransactionKind.Payments, Status = "Processing" }, Ids(S4) },
        { "transfers to a merchant", new TransactionFilter { Kind = TransactionKind.Transfers, MerchantOcid = 9101 }, [T2.ToString()] },
        { "transfers are Completed", new TransactionFilter { Kind = TransactionKind.Transfers, Status = "Completed" }, [T2.ToString(), T1.ToString()] },
        { "proofs by the gateway of the session they pay", new TransactionFilter { Kind = TransactionKind.Proofs, GatewayOcid = 9000 }, [P1.ToString()] },
        { "received proofs", new TransactionFilter { Kind = TransactionKind.Proofs, Status = "Received" }, [P2.ToString()] },
        { "proofs by session id", new TransactionFilter { Kind = TransactionKind.Proofs, Search = S3.ToString() }, [P3.ToString()] },
        { "sort by amount, smallest first", Sessions with { Sort = TransactionSort.Amount, Descending = false }, Ids(S6, S2, S5, S1, S3, S4) },
        { "sort by status, ties by id", Sessions with { Sort = TransactionSort.Status, Descending = false }, Ids(S5, S2, S1, S3, S6, S4) },
        { "sort by merchant, largest first", Sessions with { Sort = TransactionSort.Merchant }, Ids(S3, S4, S6, S5, S2, S1) },
        { "sort by currency", Sessions with { Sort = TransactionSort.Currency, Descending = false }, Ids(S3, S1, S2, S4, S5, S6) },
        { "sort by time, oldest first", Sessions with { Descending = false }, Ids(S1, S2, S3, S4, S5, S6) },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task PageAsync_Filter_ReturnsExactlyTheMatchingRowsInOrder(string filterCase, TransactionFilter filter, string[] expected)
    {
        var page = await books.Resolve<TransactionQueries>().PageAsync(filter, 0, TransactionQueries.MaxPageSize, CancellationToken.None);

        Assert.True(expected.SequenceEqual(page.Rows.Select(r => r.Id)), $"{filterCase}: got {string.Join(", ", page.Rows.Select(r => r.Id))}");
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task PageAsync_SecondAndThirdPage_ContinueWhereTheLastEndedThenRunOut()
    {
        var queries = books.Resolve<TransactionQueries>();

        var first = await queries.PageAsync(Sessions, 0, 4, CancellationToken.None);
        var second = await queries.PageAsync(Sessions, 1, 4, CancellationToken.None);
        var beyond = await queries.PageAsync(Sessions, 2, 4, CancellationToken.None);

        Assert.Equal(Ids(S6, S5, S4, S3), first.Rows.Select(r => r.Id));
        Assert.Equal(Ids(S2, S1), second.Rows.Select(r => r.Id));
        Assert.Empty(beyond.Rows);
        Assert.All([first, second, beyond], page => Assert.Equal(6, page.Total));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, TransactionQueries.MaxPageSize + 1)]
    public async Task PageAsync_PageOutOfBounds_Throws(int pageIndex, int pageSize)
    {
        var queries = books.Resolve<TransactionQueries>();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queries.PageAsync(Sessions, pageIndex, pageSize, CancellationToken.None));
    }

    [Fact]
    public async Task PageAsync_Payment_CarriesItsVerbatimAmountCurrencyTxidAndPaidTime()
    {
        var page = await books.Resolve<TransactionQueries>().PageAsync(
            new TransactionFilter { Kind = TransactionKind.Payments, Search = "ord-1" }, 0, 10, CancellationToken.None);

        var row = Assert.Single(page.Rows);
        Assert.Equal(("12.50", 12.50m, "USD", "tx_s1"), (row.Amount, row.AmountValue, row.Currency, row.Txid));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 5, 0, TimeSpan.Zero), row.At);
        Assert.Equal((9001L, 9000L, "HostedCheckout", "GatewayAccount"), (row.MerchantOcid, row.GatewayOcid, row.Method, row.Route));
    }

    private static DateTimeOffset At(int novemberDay) => new(2026, 11, novemberDay, 0, 0, 0, TimeSpan.Zero);

    private static string[] Ids(params SessionId[] sessions) => [.. sessions.Select(s => s.ToString())];
}
