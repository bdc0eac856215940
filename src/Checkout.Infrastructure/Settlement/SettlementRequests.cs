using System.Text.Json.Nodes;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>
/// The bodies of endpoints.md C2–C4, in their documented field names. The step's idempotency key is our reference
/// on each (<c>from.reference</c>, <c>reference</c>), so a hop that dedupes on it also pays once.
/// </summary>
internal static class SettlementRequests
{
    public static (string Path, string Json) For(SagaCall call, Ocid us) => call.Operation switch
    {
        SagaStepOperation.PaymentCreate => ("/payment/create", Serialise(PaymentCreate(call))),
        SagaStepOperation.TransferCreate => ("/transfer/create", Serialise(TransferCreate(call, us))),
        _ => ("/payment/settle", Serialise(PaymentSettle(call))),
    };

    /// <summary>C3: <c>to</c> is a bare OCID here (gaps.md G13); <c>order.id</c> names what the payment pays (G28).</summary>
    private static JsonObject PaymentCreate(SagaCall call)
    {
        var body = new JsonObject
        {
            ["to"] = call.To.Ocid.Value,
            ["amount"] = call.Amount,
            ["currency"] = call.Currency,
            ["reference"] = call.IdempotencyKey,
        };
        if (call.ExpiresAt is { } expiresAt)
        {
            body["expiresAt"] = expiresAt.ToUnixTimeSeconds();
        }
        body["order"] = Order(call);
        return body;
    }

    private static JsonObject TransferCreate(SagaCall call, Ocid us)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["ocid"] = us.Value, ["reference"] = call.IdempotencyKey },
            ["to"] = new JsonObject { ["ocid"] = call.To.Ocid.Value, ["reference"] = call.To.Reference },
            ["amount"] = call.Amount,
            ["currency"] = call.Currency,
        };
        if (call.OrderUrls.Count > 0)
        {
            body["order"] = Order(call);
        }
        return body;
    }

    /// <summary>C4: the proof goes on exactly as its issuer signed it.</summary>
    private static JsonObject PaymentSettle(SagaCall call)
    {
        var proof = call.SettleProof ?? throw new InvalidOperationException($"Step {call.Step} settles without a proof to hand on.");
        return new JsonObject
        {
            ["txid"] = call.SettleTxid,
            ["proof"] = JsonNode.Parse(proof.Json),
            ["signature"] = proof.Signature,
        };
    }

    /// <summary>gaps.md G12: <c>order.urls</c> as an array.</summary>
    private static JsonObject Order(SagaCall call) => new()
    {
        ["id"] = call.To.Reference,
        ["urls"] = new JsonArray([.. call.OrderUrls.Select(u => (JsonNode)JsonValue.Create(u))]),
    };

    private static string Serialise(JsonObject body) => body.ToJsonString(CanonicalJson.WireOptions);
}
