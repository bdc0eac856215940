using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Merchants;

/// <summary>
/// The selling side of a <see cref="FakeMerchant"/> (endpoints.md B1–B3): <c>GET /opencharge/orders/{id}</c> serves a
/// published signed order (404 <c>ORDER_NOT_FOUND</c>, 410 <c>ORDER_EXPIRED</c> once its <c>expiresAt</c> passed),
/// <c>GET /opencharge/inventory</c> its items (objects.md §11), and a signed <c>POST /opencharge/orders/create</c>
/// prices the picked items itself, signs the order and expects payment for it. <see cref="Answer"/> makes it lie or fail.
/// </summary>
public sealed class MerchantShop
{
    private readonly PeerHost _host;
    private readonly Action<string, string, string> _expectPayment;
    private readonly ConcurrentDictionary<string, JsonObject> _published = new();
    private readonly ConcurrentQueue<JsonObject> _createRequests = new();

    internal MerchantShop(PeerHost host, Action<string, string, string> expectPayment)
    {
        _host = host;
        _expectPayment = expectPayment;
        Accepts = host.Profile.Accepts;
        Inventory = new JsonObject
        {
            ["ocid"] = host.Ocid,
            ["currency"] = "USD",
            ["items"] = new JsonArray(
                new JsonObject { ["id"] = "coffee", ["name"] = "Large Coffee", ["price"] = "5.00", ["quantity"] = 40, ["max_qty"] = 6 },
                new JsonObject { ["id"] = "sandwich", ["name"] = "Sandwich", ["price"] = "15.00", ["quantity"] = 3 },
                new JsonObject { ["id"] = "water", ["name"] = "Water", ["price"] = "1.50", ["min_qty"] = 2 }),
        };
    }

    public ShopAnswer Answer { get; set; } = ShopAnswer.Honest;

    /// <summary>What <c>GET /inventory</c> answers (and what <c>/orders/create</c> prices from); a test may change it.</summary>
    public JsonObject Inventory { get; set; }

    /// <summary>The OCIDs a created order accepts proofs from; the merchant's own <c>accepts</c> unless a test says otherwise.</summary>
    public IReadOnlyList<long> Accepts { get; set; }

    /// <summary>Every authenticated <c>/orders/create</c> body, in order.</summary>
    public IReadOnlyList<JsonObject> CreateRequests => [.. _createRequests];

    /// <summary>The URL a merchant order QR for <paramref name="orderId"/> links to.</summary>
    public string OrderUrl(string orderId) => $"{_host.Endpoint}/orders/{orderId}";

    public string InventoryUrl => _host.Endpoint + "/inventory";

    /// <summary>Signs <paramref name="order"/> with the merchant's key, serves it at <see cref="OrderUrl"/> and expects payment for it.</summary>
    public void Publish(JsonObject order)
    {
        var id = (string)order["id"]!;
        _published[id] = Envelope(order);
        _expectPayment(id, (string?)order["amount"] ?? "", (string?)order["currency"] ?? "");
    }

    internal void Map(WebApplication app)
    {
        app.MapGet("/opencharge/orders/{orderId}", (string orderId) => Serve(orderId));
        app.MapGet("/opencharge/inventory", () => Answer switch
        {
            ShopAnswer.Malformed => Results.Text("<html>inventory</html>", "text/html"),
            ShopAnswer.Unavailable => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
            _ => Results.Json(Inventory),
        });
        app.MapSignedPost(_host, "/opencharge/orders/create", Create);
    }

    private IResult Serve(string orderId)
    {
        if (Answer is ShopAnswer.Malformed or ShopAnswer.Unavailable)
        {
            return Failing();
        }
        if (!_published.TryGetValue(orderId, out var envelope))
        {
            return new PeerError(StatusCodes.Status404NotFound, "ORDER_NOT_FOUND", $"No order '{orderId}'.").ToResult();
        }
        var expiresAt = envelope["order"]!["expiresAt"]?.GetValue<long>();
        return expiresAt < _host.Time.GetUtcNow().ToUnixTimeSeconds()
            ? new PeerError(StatusCodes.Status410Gone, "ORDER_EXPIRED", $"Order '{orderId}' has expired.").ToResult()
            : Results.Json(Lied(envelope));
    }

    private IResult Create(HttpContext context)
    {
        if (Answer is ShopAnswer.Malformed or ShopAnswer.Unavailable)
        {
            return Failing();
        }
        var request = JsonNode.Parse(context.RawBody()) as JsonObject;
        if (request is null || request["id"]?.GetValue<string>() is not { } id || request["items"] is not JsonArray picked)
        {
            return PeerError.Invalid("id and items are required.").ToResult();
        }
        _createRequests.Enqueue(request);
        var currency = (string)Inventory["currency"]!;
        var items = new JsonArray();
        decimal total = 0;
        foreach (var pick in picked.OfType<JsonObject>())
        {
            var itemId = (string?)pick["id"];
            var quantity = (int?)pick["quantity"] ?? 0;
            if (Inventory["items"]!.AsArray().OfType<JsonObject>().FirstOrDefault(i => (string?)i["id"] == itemId) is not { } item)
            {
                return new PeerError(StatusCodes.Status400BadRequest, "INVALID_ITEM", $"No item '{itemId}'.").ToResult();
            }
            if ((int?)item["quantity"] is { } stock && quantity > stock)
            {
                return new PeerError(StatusCodes.Status400BadRequest, "INSUFFICIENT_STOCK", $"Only {stock} × {item["name"]} left.").ToResult();
            }
            var price = (string)item["price"]!;
            total += decimal.Parse(price, CultureInfo.InvariantCulture) * quantity;
            items.Add(new JsonObject { ["id"] = itemId, ["name"] = item["name"]!.DeepClone(), ["quantity"] = quantity, ["price"] = price });
        }
        if (Answer == ShopAnswer.Overcharged)
        {
            total += 1;
        }
        var now = _host.Time.GetUtcNow().ToUnixTimeSeconds();
        var order = new JsonObject
        {
            ["id"] = id,
            ["ocid"] = _host.Ocid,
            ["amount"] = total.ToString("0.00", CultureInfo.InvariantCulture),
            ["currency"] = currency,
            ["items"] = items,
            ["createdAt"] = now,
            ["expiresAt"] = now + 900,
            ["accepts"] = new JsonArray([.. Accepts.Select(a => JsonValue.Create(a))]),
        };
        var envelope = Envelope(order);
        _expectPayment(id, (string)order["amount"]!, currency);
        return Results.Json(Lied(envelope));
    }

    private JsonObject Envelope(JsonObject order)
    {
        var id = (string)order["id"]!;
        return new JsonObject
        {
            ["order"] = order,
            ["signature"] = _host.SignCanonical(order),
            ["urls"] = new JsonObject
            {
                ["order"] = new JsonArray(OrderUrl(id)),
                ["completed"] = $"{_host.BaseUrl}/shop/orders/{id}/thanks",
                ["cancelled"] = $"{_host.BaseUrl}/shop/orders/{id}/cancelled",
            },
        };
    }

    /// <summary>The envelope as <see cref="Answer"/> says to send it; the stored one is never changed.</summary>
    private JsonObject Lied(JsonObject envelope)
    {
        var sent = envelope.DeepClone().AsObject();
        var order = sent["order"]!.AsObject();
        switch (Answer)
        {
            case ShopAnswer.Tampered:
                order["amount"] = "0.01";
                break;
            case ShopAnswer.SignedByAnotherKey:
                sent["signature"] = PeerHost.Secp256k1.Sign(RandomNumberGenerator.GetBytes(32), CanonicalJson.CanonicalBytes(JsonSerializer.SerializeToElement(order)));
                break;
        }
        return sent;
    }

    private IResult Failing() => Answer == ShopAnswer.Unavailable
        ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
        : Results.Text("{\"order\":", "application/json");
}
