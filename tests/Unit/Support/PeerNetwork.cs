using System.Text.Json.Nodes;

using OpenCharge.Checkout.TestSupport;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.UnitTests.Support;

/// <summary>
/// The fake peers wired together: a payer (standing in for the gateway under test) holding 100.00 USD at the
/// provider, a provider, a merchant gateway accepting the provider and the payer, and its merchant.
/// </summary>
internal sealed class PeerNetwork : IAsyncDisposable
{
    public const long PayerOcid = 200;
    public const long ProviderOcid = 100;
    public const long GatewayOcid = 300;
    public const long MerchantOcid = 500;

    private PeerNetwork(PeerHost payer, FakeSettlementProvider provider, FakeMerchantGateway gateway, FakeMerchant merchant)
    {
        Payer = payer;
        Provider = provider;
        Gateway = gateway;
        Merchant = merchant;
    }

    public PeerHost Payer { get; }

    public FakeSettlementProvider Provider { get; }

    public FakeMerchantGateway Gateway { get; }

    public FakeMerchant Merchant { get; }

    public static async Task<PeerNetwork> StartAsync()
    {
        var payer = await PeerHost.StartAsync(new PeerProfile { Ocid = PayerOcid, Name = "Payer" });
        var provider = await FakeSettlementProvider.StartAsync(ProviderOcid);
        var merchant = await FakeMerchant.StartAsync(MerchantOcid, [GatewayOcid]);
        var gateway = await FakeMerchantGateway.StartAsync(GatewayOcid, [ProviderOcid, PayerOcid]);
        PeerDirectory.Connect(payer, provider.Host, gateway.Host, merchant.Host);
        gateway.ServeMerchant(merchant);
        provider.Ledger.Fund(PayerOcid, "USD", "100.00");
        provider.Ledger.Open(GatewayOcid, "USD");
        merchant.ExpectOrder("ord_1", "10.00", "USD");
        return new PeerNetwork(payer, provider, gateway, merchant);
    }

    public static JsonObject TransferTo(long ocid, string reference, string amount = "10.00", string fromReference = "user_1") => new()
    {
        ["from"] = new JsonObject { ["ocid"] = PayerOcid, ["reference"] = fromReference },
        ["to"] = new JsonObject { ["ocid"] = ocid, ["reference"] = reference },
        ["amount"] = amount,
        ["currency"] = "USD",
    };

    /// <summary>Opens a 10.00 USD payment for order ord_1 at the gateway and returns its txid.</summary>
    public async Task<string> OpenPaymentAsync()
    {
        var reply = await Payer.PostAsync(GatewayOcid, "/payment/create", new JsonObject
        {
            ["to"] = MerchantOcid,
            ["amount"] = "10.00",
            ["currency"] = "USD",
            ["order"] = new JsonObject { ["id"] = "ord_1" },
        });
        return reply.Json().GetProperty("txid").GetString()!;
    }

    /// <summary>Pays the gateway at the provider for <paramref name="paymentTxid"/>; returns the provider's proof envelope.</summary>
    public async Task<JsonObject> ProviderProofForAsync(string paymentTxid, string amount = "10.00")
    {
        var reply = await Payer.PostAsync(ProviderOcid, "/transfer/create", TransferTo(GatewayOcid, paymentTxid, amount, "wallet_" + paymentTxid));
        var body = JsonNode.Parse(reply.Body)!.AsObject();
        return new JsonObject { ["proof"] = body["proof"]!.DeepClone(), ["signature"] = body["signature"]!.DeepClone() };
    }

    public Task<PeerReply> SettleAsync(string paymentTxid, JsonObject proofEnvelope)
    {
        proofEnvelope["txid"] = paymentTxid;
        return Payer.PostAsync(GatewayOcid, "/payment/settle", proofEnvelope);
    }

    public async ValueTask DisposeAsync()
    {
        await Payer.DisposeAsync();
        await Provider.DisposeAsync();
        await Gateway.DisposeAsync();
        await Merchant.DisposeAsync();
    }
}
