using System.Text.Json;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// Every operation the running app's <c>/openapi/v1.json</c> lists, plus the protocol paths endpoints.md names (served
/// or not), the sandbox peers' endpoints (left out of the OpenAPI document on purpose) and a few pages.
/// </summary>
internal static class OpenApiTargets
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    private static readonly FuzzTarget[] WellKnown =
    [
        new("GET", "/opencharge/metadata.json", "endpoints.md"),
        new("GET", "/opencharge/capabilities", "endpoints.md"),
        new("POST", "/opencharge/checkout/create", "endpoints.md"),
        new("POST", "/opencharge/orders/create/{sessionId}", "endpoints.md"),
        new("POST", "/opencharge/transfer/create", "endpoints.md"),
        new("POST", "/opencharge/transfer/webhook", "endpoints.md"),
        new("GET", "/opencharge/orders/{orderId}/status", "endpoints.md"),
        new("GET", "/opencharge/verify/{txid}", "endpoints.md"),
        new("GET", "/sandbox/store/opencharge/metadata.json", "sandbox"),
        new("POST", "/sandbox/store/opencharge/orders/create", "sandbox"),
        new("GET", "/sandbox/store/opencharge/orders/{orderId}", "sandbox"),
        new("GET", "/sandbox/store/opencharge/orders/{orderId}/status", "sandbox"),
        new("POST", "/sandbox/store/opencharge/transfer/webhook", "sandbox"),
        new("GET", "/sandbox/gateway/opencharge/metadata.json", "sandbox"),
        new("POST", "/sandbox/gateway/opencharge/transfer/webhook", "sandbox"),
        new("GET", "/health", "app"),
        new("GET", "/openapi/v1.json", "app"),
        new("GET", "/pay/{sessionId}", "ui"),
        new("GET", "/account/login", "ui"),
    ];

    public static IReadOnlyList<FuzzTarget> From(JsonElement document)
    {
        var targets = new List<FuzzTarget>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in Methods)
            {
                if (path.Value.TryGetProperty(method, out var operation))
                {
                    targets.Add(new FuzzTarget(method.ToUpperInvariant(), path.Name, "openapi", BodySchema(document, operation)));
                }
            }
        }
        targets.AddRange(WellKnown.Where(known => !targets.Any(t => t.Method == known.Method && string.Equals(t.PathTemplate, known.PathTemplate, StringComparison.OrdinalIgnoreCase))));
        return targets;
    }

    private static JsonElement? BodySchema(JsonElement document, JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body)
        && body.TryGetProperty("content", out var content)
        && content.TryGetProperty("application/json", out var json)
        && json.TryGetProperty("schema", out var schema)
            ? SchemaSampler.Resolve(document, schema)
            : null;
}
