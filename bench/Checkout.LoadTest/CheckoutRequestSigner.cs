using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// Builds distinct checkout requests: a fresh order signed by the merchant (authentication.md §7), wrapped in a
/// request the merchant gateway signs with a fresh nonce and the current time (§2–§3). Costs two secp256k1 signatures.
/// </summary>
internal sealed class CheckoutRequestSigner(LoadPeer gateway, LoadPeer merchant, Uri createUrl, TimeProvider time)
{
    private const string SuccessUrl = "https://merchant.example/checkout/success";
    private const string CancelUrl = "https://merchant.example/checkout/cancel";

    public Uri CreateUrl => createUrl;

    public SignedCheckoutRequest Next()
    {
        var now = time.GetUtcNow();
        var order = new JsonObject
        {
            ["id"] = "ord_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            ["ocid"] = merchant.Ocid,
            ["reference"] = "LOAD-" + now.ToUnixTimeMilliseconds(),
            ["amount"] = "12.50",
            ["currency"] = "USD",
            ["items"] = new JsonArray(new JsonObject { ["id"] = "item_001", ["name"] = "Load mug", ["quantity"] = 1, ["price"] = "12.50" }),
            ["memo"] = "Load test order",
            ["createdAt"] = now.ToUnixTimeSeconds(),
            ["expiresAt"] = now.AddHours(1).ToUnixTimeSeconds(),
            ["accepts"] = new JsonArray(gateway.Ocid),
        };
        var orderCanonical = CanonicalJson.Canonicalize(JsonSerializer.SerializeToElement(order));
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["order"] = order,
            ["signature"] = LoadPeer.Secp256k1.Sign(merchant.PrivateKey, Encoding.UTF8.GetBytes(orderCanonical)),
            ["merchantOcid"] = merchant.Ocid,
            ["urls"] = new JsonObject { ["success"] = SuccessUrl, ["cancel"] = CancelUrl },
        }.ToJsonString());

        var ocid = gateway.Ocid.ToString(CultureInfo.InvariantCulture);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = "req_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var canonical = CanonicalRequest.Build(ocid, timestamp, nonce, "POST", createUrl.PathAndQuery, BodyHash.Of(body));
        return new SignedCheckoutRequest(body, ocid, timestamp, nonce, LoadPeer.Secp256k1.Sign(gateway.PrivateKey, Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Signs <paramref name="count"/> requests on every core; the pool is taken in order by the load phase.</summary>
    public SignedCheckoutRequest[] SignPool(int count)
    {
        var pool = new SignedCheckoutRequest[count];
        Parallel.For(0, count, i => pool[i] = Next());
        return pool;
    }
}
