using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// Bodies for <c>POST /opencharge/checkout/create</c>: a valid merchant-signed order (authentication.md §7), or one with
/// fields mutated and then, mostly, signed again by the merchant, so that the mutation reaches the schema and business
/// checks instead of stopping at the order signature.
/// </summary>
internal sealed class CheckoutBodies(BenchPeer gateway, BenchPeer merchant, TimeProvider time)
{
    private const string SignaturePlaceholder = "__SIG__";
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public byte[] Valid(Random random) => Render(Envelope(random), [], random, resign: true, duplicateKey: false);

    public byte[] Mutated(Random random)
    {
        var envelope = Envelope(random);
        var rawTokens = new List<string>();
        var mutations = new JsonMutations(random, time.GetUtcNow(), rawTokens);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            mutations.Apply(envelope);
        }
        return Render(envelope, rawTokens, random, resign: random.Next(8) != 0, duplicateKey: random.Next(10) == 0);
    }

    /// <summary>A valid order whose memo pads the body to about <paramref name="size"/> bytes.</summary>
    public byte[] Padded(Random random, int size)
    {
        var envelope = Envelope(random);
        envelope["order"]!["memo"] = new string('m', size);
        return Render(envelope, [], random, resign: true, duplicateKey: false);
    }

    private JsonObject Envelope(Random random)
    {
        var now = time.GetUtcNow();
        var quantity = random.Next(1, 4);
        var priceMinor = random.Next(1, 100_000);
        var order = new JsonObject
        {
            ["id"] = "ord_fz_" + Interesting.Hex(random, 24),
            ["ocid"] = merchant.Ocid,
            ["reference"] = "FUZZ-" + random.Next(),
            ["amount"] = Money(priceMinor * (long)quantity),
            ["currency"] = random.Next(4) == 0 ? "EUR" : "USD",
            ["items"] = new JsonArray(new JsonObject { ["id"] = "item_001", ["name"] = "Fuzz mug", ["quantity"] = quantity, ["price"] = Money(priceMinor) }),
            ["memo"] = "Fuzz order",
            ["createdAt"] = now.ToUnixTimeSeconds(),
            ["expiresAt"] = now.AddHours(2).ToUnixTimeSeconds(),
            ["accepts"] = new JsonArray(gateway.Ocid),
        };
        return new JsonObject
        {
            ["order"] = order,
            ["signature"] = SignaturePlaceholder,
            ["merchantOcid"] = merchant.Ocid,
            ["urls"] = new JsonObject { ["success"] = "https://merchant.example/success", ["cancel"] = "https://merchant.example/cancel" },
        };
    }

    private byte[] Render(JsonObject envelope, List<string> rawTokens, Random random, bool resign, bool duplicateKey)
    {
        var text = envelope.ToJsonString(random.Next(2) == 0 ? Relaxed : JsonSerializerOptions.Default);
        for (var i = 0; i < rawTokens.Count; i++)
        {
            text = text.Replace($"\"{JsonMutations.RawPlaceholder(i)}\"", rawTokens[i], StringComparison.Ordinal);
        }
        if (duplicateKey)
        {
            // A repeated key: JavaScript keeps the last one; a strict parser may keep the first or refuse.
            text = text.Replace("{\"order\":{", "{\"order\":{\"amount\":\"0.01\",\"id\":\"ord_dup\",", StringComparison.Ordinal);
        }
        var signature = resign ? OrderSignature(text) : StaleSignature(random);
        return Encoding.UTF8.GetBytes(text.Replace($"\"{SignaturePlaceholder}\"", JsonSerializer.Serialize(signature), StringComparison.Ordinal));
    }

    private string OrderSignature(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("order", out var order)
                ? merchant.SignCanonical(order)
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static string StaleSignature(Random random) => Interesting.Hex(random, 128) + "1b";

    private static string Money(long minor) => (minor / 100).ToString(CultureInfo.InvariantCulture) + "." + (minor % 100).ToString("00", CultureInfo.InvariantCulture);
}
