using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Infrastructure.MerchantActivity;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Postgres.MerchantActivity;

/// <summary>Every merchant read lists the claimed OCIDs' rows and nothing of anyone else's.</summary>
public sealed class MerchantActivityQueriesTests(MerchantBooks books) : IClassFixture<MerchantBooks>
{
    [Fact]
    public async Task Sessions_PageAsync_ListsOnlyTheClaimedMerchantsSessionsNewestFirst()
    {
        var first = await books.PayAsync(7101);
        var second = await books.PayAsync(7101);
        await books.PayAsync(7102);
        var user = await books.MerchantUserAsync(7101);

        var page = await books.Resolve<MerchantSessionQueries>().PageAsync(user, 0, 20, CancellationToken.None);

        Assert.Equal(2, page.TotalCount);
        Assert.Equal([second.Id, first.Id], page.Rows.Select(r => r.Id));
        Assert.All(page.Rows, r => Assert.Equal(new Ocid(7101), r.Merchant));
        Assert.Equal(second.Payment!.ProofTxid, page.Rows[0].ProofTxid);
        Assert.Equal(new Money(12_50, MerchantBooks.Usd), page.Rows[0].Total);
    }

    [Fact]
    public async Task Sessions_PageAsync_UserWithoutClaims_SeesNothing()
    {
        await books.PayAsync(7111);
        var user = await books.MerchantUserAsync();

        var page = await books.Resolve<MerchantSessionQueries>().PageAsync(user, 0, 20, CancellationToken.None);

        Assert.Equal(0, page.TotalCount);
        Assert.Empty(page.Rows);
    }

    [Fact]
    public async Task Proofs_PageAsync_ListsTheProofPayingTheClaimedMerchantOnly()
    {
        var paid = await books.PayAsync(7121);
        await books.PayAsync(7122);
        var user = await books.MerchantUserAsync(7121);

        var page = await books.Resolve<MerchantProofQueries>().PageAsync(user, 0, 20, CancellationToken.None);

        var proof = Assert.Single(page.Rows);
        Assert.Equal((paid.Payment!.ProofTxid, new Ocid(7121), "12.50", "USD"), (proof.Txid, proof.To, proof.Amount, proof.Currency));
    }

    [Fact]
    public async Task Deliveries_PageAsync_ListsDeliveriesToAndAboutTheClaimedMerchantOnly()
    {
        var paid = await books.PayAsync(7131);
        await books.PayAsync(7132);
        var user = await books.MerchantUserAsync(7131);

        var page = await books.Resolve<MerchantDeliveryQueries>().PageAsync(user, 0, 20, CancellationToken.None);

        // One to the merchant, one to the merchant gateway that sent the shopper (gaps.md G19), same proof.
        Assert.Equal(2, page.TotalCount);
        Assert.All(page.Rows, r => Assert.Equal(paid.Payment!.ProofTxid, r.Txid));
        Assert.Equal([300, 7131], page.Rows.Select(r => r.Target.Value).Order());
    }

    [Fact]
    public async Task Deliveries_FindAsync_OwnDelivery_ShowsRequestWithoutSecretsAndItsAttempts()
    {
        var paid = await books.PayAsync(7141);
        books.Directory.Publish(new Ocid(7141), "00");
        var user = await books.MerchantUserAsync(7141);
        var delivery = await DeliveryToAsync(7141);
        await books.ReadAsync(async db =>
        {
            db.DeliveryAttempts.Add(new DeliveryAttempt
            {
                DeliveryId = delivery,
                AttemptedAt = books.Clock.GetUtcNow(),
                HttpStatus = 500,
                LatencyMilliseconds = 12,
                Outcome = "http_error",
                ResponseExcerpt = "boom",
            });
            return await db.SaveChangesAsync();
        });

        var detail = await books.Resolve<MerchantDeliveryQueries>().FindAsync(user, delivery, CancellationToken.None);

        Assert.NotNull(detail);
        Assert.Equal("https://peer7141.example/opencharge/transfer/webhook", detail.Url);
        Assert.Contains(paid.Payment!.ProofTxid, detail.Body, StringComparison.Ordinal);
        Assert.Null(detail.Headers.Single(h => h.Key == "X-OC-Signature").Value);
        var attempt = Assert.Single(detail.Attempts);
        Assert.Equal((500, "http_error", "boom"), (attempt.HttpStatus, attempt.Outcome, attempt.ResponseExcerpt));
    }

    [Fact]
    public async Task Deliveries_FindAsync_AnotherMerchantsDelivery_IsNotFound()
    {
        await books.PayAsync(7151);
        var other = await books.MerchantUserAsync(7152);
        var delivery = await DeliveryToAsync(7151);

        var queries = books.Resolve<MerchantDeliveryQueries>();

        Assert.Null(await queries.FindAsync(other, delivery, CancellationToken.None));
        Assert.False(await queries.IsVisibleAsync(other, delivery, CancellationToken.None));
    }

    [Fact]
    public async Task Statement_PageAsync_ShowsOpeningBalanceAndRunningBalanceInTheRange()
    {
        await books.PayAsync(7161);
        var from = books.Clock.GetUtcNow().AddSeconds(1);
        await books.PayAsync(7161);
        await books.PayAsync(7161);
        var user = await books.MerchantUserAsync(7161);
        var range = new StatementRange(new Ocid(7161), MerchantBooks.Usd, from, books.Clock.GetUtcNow().AddDays(1));

        var statement = await books.Resolve<MerchantStatementQueries>().PageAsync(user, range, 1, 1, CancellationToken.None);

        Assert.NotNull(statement);
        Assert.Equal(new Money(12_50, MerchantBooks.Usd), statement.Opening);
        Assert.Equal(2, statement.TotalCount);
        var line = Assert.Single(statement.Lines);
        Assert.Equal(LedgerTransactionKind.CheckoutPayment, line.Kind);
        Assert.Equal((12_50, 37_50), (line.Amount.Minor, line.RunningBalance.Minor));
    }

    [Fact]
    public async Task Statement_AllAsync_EndsAtTheAccountsBalance()
    {
        await books.PayAsync(7171);
        await books.PayAsync(7171);
        var user = await books.MerchantUserAsync(7171);
        var range = new StatementRange(new Ocid(7171), MerchantBooks.Usd, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        var queries = books.Resolve<MerchantStatementQueries>();

        var lines = await queries.AllAsync(user, range, CancellationToken.None).ToListAsync();
        var balances = await queries.BalancesAsync(user, CancellationToken.None);

        Assert.Equal(2, lines.Count);
        Assert.Equal(Assert.Single(balances).Balance, lines[^1].RunningBalance);
        Assert.Equal(new Money(25_00, MerchantBooks.Usd), lines[^1].RunningBalance);
    }

    [Fact]
    public async Task Statement_PageAsync_UnclaimedOcid_IsNullAndExportsNothing()
    {
        await books.PayAsync(7181);
        var other = await books.MerchantUserAsync(7182);
        var range = new StatementRange(new Ocid(7181), MerchantBooks.Usd, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        var queries = books.Resolve<MerchantStatementQueries>();

        Assert.Null(await queries.PageAsync(other, range, 0, 20, CancellationToken.None));
        Assert.Empty(await queries.AllAsync(other, range, CancellationToken.None).ToListAsync());
        Assert.Empty(await queries.BalancesAsync(other, CancellationToken.None));
    }

    [Fact]
    public async Task WriteStatementAsync_Lines_WritesDecimalStringsCurrencyAndUtcTimes()
    {
        await books.PayAsync(7191);
        var user = await books.MerchantUserAsync(7191);
        var range = new StatementRange(new Ocid(7191), MerchantBooks.Usd, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        var lines = books.Resolve<MerchantStatementQueries>().AllAsync(user, range, CancellationToken.None);
        using var writer = new StringWriter();

        await MerchantCsv.WriteStatementAsync(lines, writer, CancellationToken.None);

        var rows = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,transaction_id,kind,reference,amount,currency,balance", rows[0]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,[0-9a-f-]{36},CheckoutPayment,[^,]+,12\.50,USD,12\.50$", rows[1]);
        Assert.Equal(2, rows.Length);
    }

    private Task<Guid> DeliveryToAsync(long target) =>
        books.ReadAsync(db => db.WebhookDeliveries.Where(d => d.TargetOcid == new Ocid(target)).Select(d => d.Id).SingleAsync());
}
