using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// Builds distinct checkout requests: a fresh order signed by the merchant (authentication.md §7), wrapped in a
/// request the merchant gateway signs with a fresh nonce and the current time (§2–§3). Costs two secp256k1 signatures.
/// </summary>
internal sealed class CheckoutRequestSigner(BenchPeer gateway, BenchPeer merchant, Uri createUrl, TimeProvider time)
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
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["order"] = order,
            ["signature"] = merchant.SignCanonical(order),
            ["merchantOcid"] = merchant.Ocid,
            ["urls"] = new JsonObject { ["success"] = SuccessUrl, ["cancel"] = CancelUrl },
        }.ToJsonString());

        var ocid = gateway.Ocid.ToString(CultureInfo.InvariantCulture);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = "req_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new SignedCheckoutRequest(body, ocid, timestamp, nonce, gateway.SignRequest(timestamp, nonce, "POST", createUrl.PathAndQuery, body));
    }

    /// <summary>Signs <paramref name="count"/> requests on every core; the pool is taken in order by the load phase.</summary>
    public SignedCheckoutRequest[] SignPool(int count)
    {
        var pool = new SignedCheckoutRequest[count];
        Parallel.For(0, count, i => pool[i] = Next());
        return pool;
    }
}
