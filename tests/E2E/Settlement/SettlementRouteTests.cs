using System.Diagnostics;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.E2E.FakePeers;
using OpenCharge.Checkout.E2E.Fixtures;
using OpenCharge.Checkout.TestSupport;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.E2E.Settlement;

/// <summary>
/// Issue 8's acceptance, one test per route, through the real gateway process: a merchant gateway that is NOT in the
/// order's accepts opens the hosted checkout, the path finder plans the route at intake from the configured partners
/// and the peers' metadata, the shopper pays, and the merchant (strict: issuer in its accepts, signature, to, amount,
/// currency) ends holding a proof from an OCID it accepts. The books balance afterwards.
/// </summary>
public sealed class SettlementRouteTests
{
    private const long OurOcid = 200;
    private const long CallingGatewayOcid = 9400;
    private const long MerchantGatewayOcid = 9410;
    private const long IntermediaryOcid = 9420;
    private const long ProviderOcid = 9430;
    private const long MerchantOcid = 9440;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Routes => ["direct", "partner reserve", "common provider", "2-hop chain"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Pay_Route_MerchantHoldsAValidProofFromAnOcidItAccepts(string route)
    {
        long[] accepts = route == "direct" ? [OurOcid] : [MerchantGatewayOcid];
        await using var merchant = await FakeMerchant.StartAsync(MerchantOcid, accepts);
        await using var caller = await FakeMerchantGateway.StartAsync(CallingGatewayOcid, [OurOcid], "Calling gateway");
        await using var gateway = await FakeMerchantGateway.StartAsync(MerchantGatewayOcid, route == "2-hop chain" ? [IntermediaryOcid] : [ProviderOcid], "Merchant's gateway");
        await using var intermediary = await FakeMerchantGateway.StartAsync(IntermediaryOcid, [ProviderOcid], "Intermediary");
        await using var provider = await FakeSettlementProvider.StartAsync(ProviderOcid);
        PeerHost[] peers = [merchant.Host, caller.Host, gateway.Host, intermediary.Host, provider.Host];
        PeerDirectory.Connect(peers);
        gateway.ServeMerchant(merchant);
        intermediary.ServeMerchant(gateway.Ocid, gateway.Endpoint);
        provider.Ledger.Open(MerchantGatewayOcid, "USD");
        provider.Ledger.Open(IntermediaryOcid, "USD");
        provider.Ledger.Fund(OurOcid, "USD", "100.00");
        gateway.Ledger.Fund(OurOcid, "USD", "100.00");

        await using var database = await TestDatabase.CreateAsync();
        await using var host = await CheckoutHost.StartAsync(database.ConnectionString, Settings(route, peers));
        foreach (var peer in peers)
        {
            peer.Registry.Register(OurOcid, host.BaseUrl + "/opencharge");
        }
        await using var useCases = await InProcessCheckout.StartAsync(database.ConnectionString, host);

        var order = TestOrders.Order(MerchantOcid, accepts);
        var body = TestOrders.CheckoutCreateBody(order, merchant.SignOrder(order), MerchantOcid, "https://shop.example/ok", "https://shop.example/cancel");
        var created = await caller.Host.SendAsync(HttpMethod.Post, host.BaseUrl + "/opencharge/checkout/create", body);
        Assert.True(created.IsSuccess, created.Body);
        Assert.True(SessionId.TryParse(created.Json().GetProperty("session_id").GetString(), out var session));
        var payment = await useCases.TopUpAndPayAsync(session, "e2e-route-" + route.Replace(' ', '-'));

        var proof = await ProofAsync(merchant, (string)order["id"]!);
        Assert.Contains(proof.Issuer, accepts);
        Assert.Equal((MerchantOcid, (string)order["id"]!, "12.50", "USD"), (proof.ToOcid, proof.ToReference, proof.Amount, proof.Currency));
        Assert.Single(merchant.AcceptedProofs);
        await LedgerAudit.AssertBalancedAsync(database.ConnectionString);

        // Our payment's txid answers /verify with the proof that settled it, whoever signed it, once our side has
        // recorded the outcome (the last hop may notify the merchant a moment before it answers us).
        using var verified = await VerifiedAsync(host.BaseUrl, payment.ProofTxid);
        Assert.Equal(proof.Issuer, verified.RootElement.GetProperty("proof").GetProperty("issuer").GetInt64());
        Assert.Equal(proof.Txid, verified.RootElement.GetProperty("proof").GetProperty("txid").GetString());
    }

    /// <summary>What the operator configures for each route: the peers resolvable, and where we hold funds.</summary>
    private static Dictionary<string, string> Settings(string route, IEnumerable<PeerHost> peers)
    {
        var settings = peers.ToDictionary(p => p.RegistrySettingKey, p => p.Endpoint);
        settings[$"Opencharge:Partners:{MerchantGatewayOcid}:Roles"] = "MerchantGateway";
        settings[$"Opencharge:Partners:{IntermediaryOcid}:Roles"] = "MerchantGateway";
        settings[$"Opencharge:Partners:{ProviderOcid}:Roles"] = "SettlementProvider";
        switch (route)
        {
            case "partner reserve":
                settings[$"Opencharge:Partners:{MerchantGatewayOcid}:Holdings:USD:Balance"] = "100.00";
                break;
            case "common provider" or "2-hop chain":
                settings[$"Opencharge:Partners:{ProviderOcid}:Holdings:USD:Balance"] = "100.00";
                break;
        }
        return settings;
    }

    private static async Task<JsonDocument> VerifiedAsync(string baseUrl, string txid)
    {
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var answer = JsonDocument.Parse(await http.GetStringAsync($"{baseUrl}/opencharge/verify/{txid}"));
            if (answer.RootElement.GetProperty("status").GetString() == "completed")
            {
                return answer;
            }
            answer.Dispose();
            Assert.True(clock.Elapsed < Patience, $"/verify/{txid} never answered completed.");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }

    private static async Task<SignedProof> ProofAsync(FakeMerchant merchant, string orderId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (merchant.ProofFor(orderId) is { } proof)
            {
                return proof;
            }
            Assert.True(clock.Elapsed < Patience, $"The merchant never received a proof for {orderId}; it answered: {string.Join("; ", merchant.Calls)}");
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
