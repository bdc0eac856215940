using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// Draws requests from a seeded <see cref="Random"/>, in two families. <see cref="Refused"/> requests must all be
/// refused without writing a business row (broken signatures, replays, unsigned garbage, unserved or unknown paths,
/// public reads). <see cref="Acceptable"/> requests are correctly signed and may succeed (mutated orders, odd headers,
/// OpenAPI-shaped bodies), so their batch is checked row by row against what succeeded.
/// </summary>
internal sealed class RequestGenerator(
    IReadOnlyList<FuzzTarget> targets, JsonElement openApi, CheckoutBodies bodies, RequestSigning signing,
    AuthMutations auth, BenchPeer gateway, BenchPeer merchant, FuzzState state)
{
    public const string CheckoutCreate = "/opencharge/checkout/create";
    private const string PublicMetadata = "/opencharge/metadata.json";
    public const string SandboxOrdersCreate = "/sandbox/store/opencharge/orders/create";

    private static readonly string?[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/JSON", "text/plain", null, "",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
        "application/json, text/plain", "*/*", "application/merge-patch+json", "application/json;;;",
    ];

    private static readonly string[] Unserved = ["endpoints.md"];

    public FuzzRequest Refused(Random random)
    {
        var roll = random.Next(100);
        if (roll < 40)
        {
            return auth.Mutate(random, "POST", CheckoutCreate, bodies.Valid(random), "application/json");
        }
        if (roll < 48)
        {
            var get = Pick(random, t => t.Method == "GET" && t.IsProtocol && t.Source == "openapi" && t.PathTemplate != PublicMetadata);
            return auth.Mutate(random, "GET", get.PathTemplate, null, null);
        }
        if (roll < 56 && state.Replay(random) is { } replay)
        {
            return replay;
        }
        if (roll < 76)
        {
            var body = random.Next(3) == 0 ? null : ByteMutations.Garbage(random);
            var headers = random.Next(4) == 0 ? GarbageAuthHeaders(random) : [];
            return new FuzzRequest("garbage", Targets.Methods[random.Next(Targets.Methods.Length)], Targets.Garbage(random, targets, state), headers, body, ContentType(random), MayChangeData: false);
        }
        if (roll < 84)
        {
            var unserved = Pick(random, t => t.IsProtocol && Unserved.Contains(t.Source) && !targets.Any(o => o.Source == "openapi" && o.PathTemplate == t.PathTemplate));
            return Signed(random, "unserved", unserved.Method, Targets.Fill(unserved.PathTemplate, random, state), Sampled(random, null), mayChange: false);
        }
        if (roll < 92)
        {
            // Pages render Blazor and cost the most per request: one public read in four goes to the UI.
            var ui = random.Next(4) == 0;
            var read = Pick(random, t => t.Method == "GET" && (t.Source == "ui") == ui && !(t.IsProtocol && t.Source == "openapi" && t.PathTemplate != PublicMetadata));
            return new FuzzRequest("public-get", "GET", Targets.Fill(read.PathTemplate, random, state), [], null, null, MayChangeData: false);
        }
        var path = random.Next(2) == 0 ? Targets.Garbage(random, targets, state) : "/opencharge/" + Interesting.Hex(random, 8);
        return Signed(random, "signed-unknown-path", Targets.Methods[random.Next(Targets.Methods.Length)], path, random.Next(2) == 0 ? null : ByteMutations.Garbage(random), mayChange: false);
    }

    public FuzzRequest Acceptable(Random random)
    {
        var roll = random.Next(100);
        if (roll < 45)
        {
            return Signed(random, "json-mutation", "POST", CheckoutCreate, bodies.Mutated(random));
        }
        if (roll < 58)
        {
            return HeaderVariation(random);
        }
        if (roll < 71)
        {
            return Signed(random, "byte-mutation", "POST", CheckoutCreate, ByteMutations.Mutate(bodies.Valid(random), random));
        }
        if (roll < 76)
        {
            // Signed first, then whitespace or bytes changed: refused unless G1's re-serialisation happens to match.
            var signed = Signed(random, "body-after-signing", "POST", CheckoutCreate, bodies.Valid(random));
            return signed with { Body = ByteMutations.Mutate(signed.Body!, random) };
        }
        if (roll < 86)
        {
            var operation = Pick(random, t => t.Source == "openapi");
            var method = random.Next(8) == 0 ? Targets.Methods[random.Next(Targets.Methods.Length)] : operation.Method;
            return Signed(random, "openapi", method, Targets.Fill(operation.PathTemplate, random, state), method is "GET" or "HEAD" ? null : Sampled(random, operation.BodySchema));
        }
        if (roll < 89)
        {
            var size = random.Next(2) == 0 ? 1024 * 1024 : random.Next(100_000, 300_000);
            return Signed(random, "large-body", "POST", CheckoutCreate, bodies.Padded(random, size));
        }
        var order = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["id"] = new[] { "mug", "tee", "stickers" }[random.Next(3)], ["quantity"] = random.Next(1, 5) }) };
        if (random.Next(4) != 0)
        {
            new JsonMutations(random, DateTimeOffset.UnixEpoch, []).Apply(order);
        }
        return Signed(random, "sandbox-order", "POST", SandboxOrdersCreate, Encoding.UTF8.GetBytes(order.ToJsonString()));
    }

    private FuzzRequest HeaderVariation(Random random)
    {
        var body = bodies.Valid(random);
        var target = random.Next(4) == 0 ? CheckoutCreate + "?" + Targets.Query(random) : CheckoutCreate;
        var peer = random.Next(4) == 0 ? merchant : gateway;
        // The same nonce from another OCID is a different request (nonces are per sender, G8).
        var nonce = peer == merchant && state.Replay(random) is { } earlier ? earlier.Headers.FirstOrDefault(h => h.Key == "X-OC-Nonce").Value : null;
        var headers = signing.Headers(peer, random, "POST", target, body, nonce: nonce);
        if (random.Next(2) == 0)
        {
            headers.Add(new("Idempotency-Key", random.Next(3) == 0 ? "fuzz-key-" + random.Next(8) : Interesting.HeaderText(random)));
        }
        return new FuzzRequest("header-variation", "POST", target, headers, body, ContentType(random), MayChangeData: true);
    }

    private FuzzRequest Signed(Random random, string kind, string method, string target, byte[]? body, bool mayChange = true) =>
        new(kind, method, target, signing.Headers(gateway, random, method, target, body), body, body is null ? null : "application/json", mayChange);

    private byte[] Sampled(Random random, JsonElement? schema) =>
        random.Next(5) == 0
            ? ByteMutations.Garbage(random)
            : Encoding.UTF8.GetBytes(new SchemaSampler(openApi, random).Sample(schema)?.ToJsonString() ?? "null");

    private List<KeyValuePair<string, string>> GarbageAuthHeaders(Random random) =>
    [
        new("X-OC-ID", random.Next(2) == 0 ? gateway.Ocid.ToString(System.Globalization.CultureInfo.InvariantCulture) : Interesting.HeaderText(random)),
        new("X-OC-Timestamp", Interesting.HeaderText(random)),
        new("X-OC-Nonce", Interesting.HeaderText(random)),
        new("X-OC-Signature", Interesting.Hex(random, 130)),
    ];

    private static string? ContentType(Random random) => ContentTypes[random.Next(ContentTypes.Length)];

    private FuzzTarget Pick(Random random, Func<FuzzTarget, bool> filter)
    {
        var matching = targets.Where(filter).ToList();
        return matching.Count > 0 ? matching[random.Next(matching.Count)] : targets[random.Next(targets.Count)];
    }
}
