using System.Text.Json;

using Microsoft.Extensions.DependencyInjection;

using Npgsql;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.PaymentMethods;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Payments;

/// <summary>
/// A gateway process, a merchant gateway peer (its webhook records proofs) and its merchant, plus the gateway's use
/// cases in-process for direct calls: everything a payment test needs, torn down together.
/// </summary>
public sealed class PaymentScenario : IAsyncDisposable
{
    public const long GatewayOcid = 9200;
    public const long MerchantOcid = 9201;

    private PaymentScenario(TestDatabase database, CheckoutHost host, InProcessCheckout useCases, TestPeer gateway, TestPeer merchant)
    {
        Database = database;
        Host = host;
        UseCases = useCases;
        MerchantGateway = gateway;
        Merchant = merchant;
    }

    public TestDatabase Database { get; }

    public CheckoutHost Host { get; }

    public InProcessCheckout UseCases { get; }

    public TestPeer MerchantGateway { get; }

    public TestPeer Merchant { get; }

    public static async Task<PaymentScenario> StartAsync()
    {
        var gateway = await TestPeer.StartAsync(GatewayOcid);
        var merchant = await TestPeer.StartAsync(MerchantOcid);
        var database = await TestDatabase.CreateAsync();
        var host = await CheckoutHost.StartAsync(database.ConnectionString, new Dictionary<string, string>
        {
            [$"Opencharge:Registry:Peers:{GatewayOcid}"] = gateway.Endpoint,
            [$"Opencharge:Registry:Peers:{MerchantOcid}"] = merchant.Endpoint,
        });
        var useCases = await InProcessCheckout.StartAsync(database.ConnectionString, host);
        return new PaymentScenario(database, host, useCases, gateway, merchant);
    }

    /// <summary>
    /// The merchant gateway opens a hosted checkout for a fresh 12.50 USD order whose merchant accepts proofs from
    /// <paramref name="accepts"/> (default: the gateway); returns the session id and order id.
    /// </summary>
    public async Task<(SessionId Session, string OrderId)> OpenSessionAsync(IEnumerable<long>? accepts = null)
    {
        var order = TestOrders.Order(MerchantOcid, accepts ?? [GatewayOcid]);
        var body = TestOrders.CheckoutCreateBody(order, Merchant.SignOrder(order), MerchantOcid,
            MerchantGateway.BaseUrl + "/merchant/success", MerchantGateway.BaseUrl + "/merchant/cancel");
        using var http = new HttpClient();
        using var response = await http.SendAsync(MerchantGateway.Request(HttpMethod.Post, Host.BaseUrl + "/opencharge/checkout/create", body).Build());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var document = JsonDocument.Parse(text);
        Assert.True(SessionId.TryParse(document.RootElement.GetProperty("session_id").GetString(), out var session));
        return (session, order["id"]!.GetValue<string>());
    }

    public Task TopUpAsync(string shopperUserId, string amount) =>
        UseCases.RunAsync(async services =>
        {
            Assert.True(Money.TryParse(amount, Currency.Of("USD"), out var money));
            var result = await services.GetRequiredService<TopUpSandboxWallet>().ExecuteAsync(shopperUserId, money, CancellationToken.None);
            Assert.True(result.IsSuccess, result.Error?.Message);
            return result.Value;
        });

    public Task<Result<SessionPayment>> PayAsync(SessionId session, string shopperUserId) =>
        UseCases.RunAsync(services => services.GetRequiredService<PaySession>()
            .ExecuteAsync(session, shopperUserId, PaymentMethodKind.WalletBalance, CancellationToken.None));

    public async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await QueryScalarAsync(sql));

    public async Task<string> TextAsync(string sql) => (string)(await QueryScalarAsync(sql))!;

    public async ValueTask DisposeAsync()
    {
        await UseCases.DisposeAsync();
        await Host.DisposeAsync();
        await Database.DisposeAsync();
        await MerchantGateway.DisposeAsync();
        await Merchant.DisposeAsync();
    }

    private async Task<object?> QueryScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
