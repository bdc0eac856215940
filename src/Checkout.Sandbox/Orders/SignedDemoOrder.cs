using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>An order as the Demo Store signed it: <see cref="CanonicalJson"/> is exactly what <see cref="Signature"/> covers.</summary>
internal sealed record SignedDemoOrder(string Id, string Description, string CanonicalJson, string Signature, string Amount, string Currency)
{
    /// <summary>A fresh copy of the order object, for embedding in a request or response body.</summary>
    public JsonNode ToJsonNode() => JsonNode.Parse(CanonicalJson)!;

    /// <summary>The signed <c>expiresAt</c>; the store always signs one (<see cref="DemoOrderSigner.Lifetime"/>).</summary>
    public DateTimeOffset ExpiresAt
    {
        get
        {
            using var document = JsonDocument.Parse(CanonicalJson);
            return DateTimeOffset.FromUnixTimeSeconds(document.RootElement.GetProperty("expiresAt").GetInt64());
        }
    }

    /// <summary>The <c>accepts</c> the store signed into an order: whose proofs pay it.</summary>
    public static IReadOnlyList<long> AcceptsOf(string canonicalJson)
    {
        using var document = JsonDocument.Parse(canonicalJson);
        return document.RootElement.TryGetProperty("accepts", out var accepts) && accepts.ValueKind == JsonValueKind.Array
            ? [.. accepts.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Number).Select(a => a.GetInt64())]
            : [];
    }
}
