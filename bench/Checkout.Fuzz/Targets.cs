using System.Text;
using System.Text.RegularExpressions;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>Request-targets: templates filled with hostile or real ids, and paths no endpoint has.</summary>
internal static partial class Targets
{
    public static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FUZZ", "get"];

    private static readonly string[] Segments =
    [
        "create", "status", "..", "%2e%2e", ".", "%00", "a%2Fb", "%2F", "-1", "0", "%F0%9F%98%80", "sess_", "%ff%fe", "~", ";x=1",
        "metadata.json", "checkout", "capabilities", "%252e", "{id}", "null", "%20", "admin",
    ];

    private static readonly string[] Tricky =
    [
        "/opencharge/../opencharge/checkout/create", "/opencharge/%2e%2e/health", "/opencharge/checkout/create;x=1",
        "/opencharge/checkout/create?", "/opencharge/checkout/create#frag", "/opencharge//checkout/create",
        "/opencharge/checkout/create/", "/OPENCHARGE/METADATA.JSON", "/opencharge/checkout/create/create",
        "/opencharge/orders/create/status", "/opencharge/orders/status/status", "/opencharge", "/opencharge/", "/",
        "/sandbox/store/opencharge/orders/create/status", "/sandbox/../opencharge/capabilities", "/pay/create",
    ];

    public static string Fill(string template, Random random, FuzzState state) =>
        Parameter().Replace(template, _ => random.Next(3) switch
        {
            0 when state.AnySession(random) is { } id => id,
            0 => "sess_" + Interesting.Hex(random, 32),
            1 => Segment(random),
            _ => random.Next(2) == 0 ? "ord_fz_" + Interesting.Hex(random, 24) : "octx_" + Interesting.Hex(random, 32),
        });

    public static string Garbage(Random random, IReadOnlyList<FuzzTarget> known, FuzzState state) => random.Next(6) switch
    {
        0 => Tricky[random.Next(Tricky.Length)],
        1 => "/opencharge/" + string.Join('/', Enumerable.Range(0, random.Next(1, 5)).Select(_ => Segment(random))),
        2 => Fill(known[random.Next(known.Count)].PathTemplate, random, state) + "?" + Query(random),
        3 => "/" + new string('a', random.Next(2_000, 20_000)),
        4 => "/" + string.Join('/', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Segment(random))),
        _ => Fill(known[random.Next(known.Count)].PathTemplate, random, state),
    };

    public static string Query(Random random) => random.Next(4) switch
    {
        0 => "a=1&a=2",
        1 => "x=" + Encoded(random, random.Next(1, 64)),
        2 => "=&&=%",
        _ => "session_id=" + Interesting.Hex(random, 32),
    };

    private static string Segment(Random random) => random.Next(3) == 0 ? Encoded(random, random.Next(1, 24)) : Segments[random.Next(Segments.Length)];

    private static string Encoded(Random random, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(3) == 0 ? $"%{random.Next(256):X2}" : (char)random.Next('a', 'z' + 1));
        }
        return text.ToString();
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
