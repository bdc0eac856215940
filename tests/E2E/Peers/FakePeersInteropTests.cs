using System.Diagnostics;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.TestSupport;

namespace OpenCharge.Checkout.E2E.Peers;

/// <summary>
/// The test-support peers against the real gateway process: a <see cref="FakeMerchantGateway"/> opens a hosted checkout,
/// the gateway's signed proof passes the fake's strict checks, and the <see cref="FakeMerchant"/> ends with the merchant
/// gateway's own proof. Proves the fakes and the gateway speak the same protocol before route tests rely on them.
/// </summary>
public sealed class FakePeersInteropTests
{
    private const long OurOcid = 200;
    private const long GatewayOcid = 9300;
    private const long MerchantOcid = 9301;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task HostedCheckout_PaidAtOurGateway_MerchantHoldsTheMerchantGatewaysProof()
    {
        await using var merchant = await FakeMerchant.StartAsync(MerchantOcid, [GatewayOcid]);
        await using var merchantGateway = await FakeMerchantGateway.StartAsync(GatewayOcid, [OurOcid]);
        merchantGateway.ServeMerchant(merchant);
        await using var database = await TestDatabase.CreateAsync();
        await using var host = await CheckoutHost.StartAsync(database.ConnectionString, new Dictionary<string, string>
        {
            [merchantGateway.Host.RegistrySettingKey] = merchantGateway.Endpoint,
            [merchant.Host.RegistrySettingKey] = merchant.Endpoint,
        });
        merchantGateway.Host.Registry.Register(OurOcid, host.BaseUrl + "/opencharge");
        merchant.Host.Registry.Register(GatewayOcid, merchantGateway.Endpoint);
        await using var useCases = await InProcessCheckout.StartAsync(database.ConnectionString, host);
        var order = TestOrders.Order(MerchantOcid, [GatewayOcid]);
        var body = TestOrders.CheckoutCreateBody(order, merchant.SignOrder(order), MerchantOcid, "https://shop.example/ok", "https://shop.example/cancel");
        var created = await merchantGateway.Host.SendAsync(HttpMethod.Post, host.BaseUrl + "/opencharge/checkout/create", body);
        Assert.True(created.IsSuccess, created.Body);
        Assert.True(SessionId.TryParse(created.Json().GetProperty("session_id").GetString(), out var session));
        await useCases.TopUpAndPayAsync(session, "e2e-fake-peers");

        var orderId = (string)order["id"]!;
        var clock = Stopwatch.StartNew();
        while (merchant.ProofFor(orderId) is null)
        {
            Assert.True(clock.Elapsed < Patience, "The merchant never received the merchant gateway's proof.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        var proof = merchant.ProofFor(orderId)!;
        Assert.Equal((GatewayOcid, MerchantOcid, "12.50", "USD"), (proof.Issuer, proof.ToOcid, proof.Amount, proof.Currency));
        var (received, forwarded) = Assert.Single(merchantGateway.Forwarded);
        Assert.Equal((OurOcid, forwarded.Txid), (received.Issuer, proof.Txid));
        Assert.Equal(OurOcid, proof.FromOcid);
        await LedgerAudit.AssertBalancedAsync(database.ConnectionString);
    }
}
