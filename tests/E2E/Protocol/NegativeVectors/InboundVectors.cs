using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.E2E.Protocol.NegativeVectors;

/// <summary>
/// The inbound negative vectors: each signed component of three correctly signed requests broken in turn, high-S
/// twins, timestamps outside the window, truncated and over-long headers. Mutations that the lenient forms of
/// gaps.md G1/G4/G5 deliberately accept (a query added to a request signed without one, whitespace around a JSON
/// body, v = 1b/1c swapped, 128-hex and DER encodings) are positive controls or left out, never expected to fail.
/// </summary>
public static class InboundVectors
{
    private const string Invalid = "INVALID_SIGNATURE";
    private const string Expired = "TIMESTAMP_EXPIRED";
    private const string Unknown = "UNKNOWN_OCID";
    private const string PostBody = """{"order":{"id":"ord_negative_vector","amount":"10.00","currency":"USD"},"signature":"00","merchantOcid":701}""";
    private const string CurveOrder = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    private static readonly RequestShape[] Shapes =
    [
        new("get", "GET", "/opencharge/capabilities", null),
        new("get-query", "GET", "/opencharge/capabilities?view=full&page=1", null),
        new("post", "POST", "/opencharge/checkout/create", PostBody),
    ];

    public static IReadOnlyDictionary<string, InboundVector> All { get; } = Build().ToDictionary(v => v.Name, StringComparer.Ordinal);

    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in All.Keys)
            {
                names.Add(name);
            }
            return names;
        }
    }

    private static IEnumerable<InboundVector> Build()
    {
        foreach (var shape in Shapes)
        {
            foreach (var (name, status, code, build) in Vectors(shape))
            {
                yield return new InboundVector($"{shape.Name}/{name}", status, code, build);
            }
        }
    }

    private static IEnumerable<(string, int, string?, Func<VectorPeers, SignedParts>)> Vectors(RequestShape shape)
    {
        SignedParts Valid(VectorPeers p, int skewSeconds = 0) =>
            SignedParts.Create(p.Signer, shape.Method, shape.Target, shape.Body, DateTimeOffset.UtcNow.AddSeconds(skewSeconds));

        (string, int, string?, Func<VectorPeers, SignedParts>) Refused(string name, string code, Func<VectorPeers, SignedParts> build) =>
            (name, 401, code, build);

        SignedParts Resigned(VectorPeers p, Func<SignedParts, SignedParts> mutate) => mutate(Valid(p)).SignedWith(p.Signer.PrivateKey);

        Func<VectorPeers, SignedParts> After(Func<SignedParts, SignedParts> mutate) => p => mutate(Valid(p));

        (string, int, string?, Func<VectorPeers, SignedParts>) Signature(string name, Func<string, string> mutate) =>
            Refused("signature-" + name, Invalid, After(v => v with { Signature = mutate(v.Signature!) }));

        if (shape.Method == "GET")
        {
            yield return ("control-valid", 200, null, p => Valid(p));
            yield return ("control-timestamp-plus-300", 200, null, p => Valid(p, 300));
            // -299, not -300: the second may tick between signing here and the check there; the unit tests pin -300 exactly.
            yield return ("control-timestamp-minus-299", 200, null, p => Valid(p, -299));
            yield return ("control-nonce-128-chars", 200, null, p => Resigned(p, v => v with { Nonce = RandomHex(128) }));
            yield return ("control-signature-128-hex", 200, null, After(v => v with { Signature = v.Signature![..128] }));
            yield return ("control-signature-der", 200, null, After(v => v with { Signature = SignatureTwins.Der(v.Signature!) }));
        }

        yield return Refused("id-other-registered-ocid", Invalid, p => Valid(p) with { Ocid = Text(p.OtherRegistered.Ocid) });
        yield return Refused("id-unregistered-ocid", Unknown, p => Valid(p) with { Ocid = Text(p.Unregistered.Ocid) });
        yield return Refused("id-unregistered-ocid-resigned", Unknown, p => (Valid(p) with { Ocid = Text(p.Unregistered.Ocid) }).SignedWith(p.Unregistered.PrivateKey));
        yield return Refused("id-zero", Invalid, p => Valid(p) with { Ocid = "0" });
        yield return Refused("id-negative", Invalid, p => Valid(p) with { Ocid = "-" + Text(p.Signer.Ocid) });
        yield return Refused("id-leading-zero", Invalid, p => Valid(p) with { Ocid = "0" + Text(p.Signer.Ocid) });
        yield return Refused("id-plus-sign", Invalid, p => Valid(p) with { Ocid = "+" + Text(p.Signer.Ocid) });
        yield return Refused("id-letters", Invalid, p => Valid(p) with { Ocid = "abc" });
        yield return Refused("id-trailing-letter", Invalid, p => Valid(p) with { Ocid = Text(p.Signer.Ocid) + "x" });
        yield return Refused("id-overflow", Invalid, p => Valid(p) with { Ocid = "99999999999999999999" });
        yield return Refused("id-10kb", Invalid, p => Valid(p) with { Ocid = new string('7', 10 * 1024) });
        yield return Refused("id-empty", Invalid, p => Valid(p) with { Ocid = "" });
        yield return Refused("id-missing", Invalid, p => Valid(p) with { Ocid = null });
        yield return Refused("id-repeated", Invalid, p => Valid(p) with { Repeated = ["X-OC-ID"] });

        yield return Refused("timestamp-plus-1", Invalid, After(v => v with { Timestamp = Shift(v.Timestamp!, 1) }));
        yield return Refused("timestamp-minus-1", Invalid, After(v => v with { Timestamp = Shift(v.Timestamp!, -1) }));
        yield return Refused("timestamp-minus-301-resigned", Expired, p => Valid(p, -301));
        // +302, not +301: a second ticking in flight would bring +301 back inside the window; the unit tests pin +301 exactly.
        yield return Refused("timestamp-plus-302-resigned", Expired, p => Valid(p, 302));
        yield return Refused("timestamp-minus-301-unsigned", Expired, After(v => v with { Timestamp = Shift(v.Timestamp!, -301) }));
        yield return Refused("timestamp-minus-1-hour", Expired, p => Valid(p, -3600));
        yield return Refused("timestamp-plus-1-day", Expired, p => Valid(p, 86_400));
        yield return Refused("timestamp-zero", Expired, p => Resigned(p, v => v with { Timestamp = "0" }));
        yield return Refused("timestamp-negative", Expired, p => Resigned(p, v => v with { Timestamp = "-1" }));
        yield return Refused("timestamp-milliseconds", Expired, p => Resigned(p, v => v with { Timestamp = v.Timestamp + "000" }));
        yield return Refused("timestamp-long-max", Expired, p => Valid(p) with { Timestamp = Text(long.MaxValue) });
        yield return Refused("timestamp-long-min", Expired, p => Valid(p) with { Timestamp = Text(long.MinValue) });
        yield return Refused("timestamp-overflowing-difference", Expired, p => Valid(p) with { Timestamp = Text(long.MinValue + DateTimeOffset.UtcNow.ToUnixTimeSeconds()) });
        yield return Refused("timestamp-plus-sign", Invalid, After(v => v with { Timestamp = "+" + v.Timestamp }));
        yield return Refused("timestamp-leading-zero", Invalid, After(v => v with { Timestamp = "0" + v.Timestamp }));
        yield return Refused("timestamp-decimal", Invalid, After(v => v with { Timestamp = v.Timestamp + ".0" }));
        yield return Refused("timestamp-exponent", Invalid, p => Valid(p) with { Timestamp = "1.7e9" });
        yield return Refused("timestamp-letters", Invalid, p => Valid(p) with { Timestamp = "soon" });
        yield return Refused("timestamp-overflow", Invalid, p => Valid(p) with { Timestamp = "99999999999999999999" });
        yield return Refused("timestamp-10kb", Invalid, p => Valid(p) with { Timestamp = new string('1', 10 * 1024) });
        yield return Refused("timestamp-empty", Invalid, p => Valid(p) with { Timestamp = "" });
        yield return Refused("timestamp-missing", Invalid, p => Valid(p) with { Timestamp = null });
        yield return Refused("timestamp-repeated", Invalid, p => Valid(p) with { Repeated = ["X-OC-Timestamp"] });

        yield return Refused("nonce-one-char-changed", Invalid, After(v => v with { Nonce = v.Nonce![..^1] + (v.Nonce[^1] == '0' ? '1' : '0') }));
        yield return Refused("nonce-extended", Invalid, After(v => v with { Nonce = v.Nonce + "0" }));
        yield return Refused("nonce-truncated", Invalid, After(v => v with { Nonce = v.Nonce![..^1] }));
        yield return Refused("nonce-129-chars-resigned", Invalid, p => Resigned(p, v => v with { Nonce = RandomHex(129) }));
        yield return Refused("nonce-10kb", Invalid, p => Valid(p) with { Nonce = new string('n', 10 * 1024) });
        yield return Refused("nonce-with-space-resigned", Invalid, p => Resigned(p, v => v with { Nonce = "req 1" }));
        yield return Refused("nonce-empty", Invalid, p => Valid(p) with { Nonce = "" });
        yield return Refused("nonce-missing", Invalid, p => Valid(p) with { Nonce = null });
        yield return Refused("nonce-repeated", Invalid, p => Valid(p) with { Repeated = ["X-OC-Nonce"] });

        var otherMethod = shape.Method == "GET" ? "POST" : "GET";
        yield return Refused("method-signed-as-" + otherMethod.ToLowerInvariant(), Invalid, p => Valid(p).SignedWith(p.Signer.PrivateKey, signedMethod: otherMethod));
        yield return Refused("method-signed-as-put", Invalid, p => Valid(p).SignedWith(p.Signer.PrivateKey, signedMethod: "PUT"));

        yield return Refused("path-signed-for-another-endpoint", Invalid, p => Valid(p).SignedWith(p.Signer.PrivateKey, signedTarget: "/opencharge/transfer/create"));
        yield return Refused("path-signed-for-another-host-base", Invalid, p => Valid(p).SignedWith(p.Signer.PrivateKey, signedTarget: "/api" + shape.Target));
        yield return Refused("path-case-changed", Invalid, p => Valid(p) with { Target = shape.Target.Replace("/opencharge/c", "/opencharge/C", StringComparison.Ordinal) });
        if (shape.Target.Contains('?', StringComparison.Ordinal))
        {
            yield return Refused("query-value-changed", Invalid, p => Valid(p) with { Target = shape.Target.Replace("full", "fuller", StringComparison.Ordinal) });
            yield return Refused("query-removed", Invalid, p => Valid(p) with { Target = shape.Target[..shape.Target.IndexOf('?', StringComparison.Ordinal)] });
            yield return Refused("query-reordered", Invalid, p => Valid(p) with { Target = "/opencharge/capabilities?page=1&view=full" });
            yield return Refused("query-parameter-added", Invalid, p => Valid(p) with { Target = shape.Target + "&admin=1" });
        }
        else
        {
            yield return Refused("query-signed-but-not-sent", Invalid, p => Valid(p).SignedWith(p.Signer.PrivateKey, signedTarget: shape.Target + "?view=full"));
        }

        if (shape.Body is null)
        {
            yield return Refused("body-added", Invalid, p => Valid(p) with { Body = Encoding.UTF8.GetBytes("""{"a":1}""") });
        }
        else
        {
            foreach (var position in new[] { 0, 1, 2, 10, 20, 35, 45, 60, shape.Body.Length / 2, shape.Body.Length - 2, shape.Body.Length - 1 })
            {
                yield return Refused($"body-byte-{position}-flipped", Invalid, After(v => v with { Body = Flip(v.Body, position) }));
            }
            yield return Refused("body-truncated", Invalid, After(v => v with { Body = v.Body[..^1] }));
            yield return Refused("body-extra-byte", Invalid, After(v => v with { Body = [.. v.Body, (byte)'x'] }));
            yield return Refused("body-emptied", Invalid, p => Valid(p) with { Body = [] });
            yield return Refused("body-empty-object", Invalid, p => Valid(p) with { Body = "{}"u8.ToArray() });
            yield return Refused("body-amount-changed", Invalid, p => Valid(p) with { Body = Encoding.UTF8.GetBytes(PostBody.Replace("10.00", "99.00", StringComparison.Ordinal)) });
            yield return Refused("body-key-reordered", Invalid, p => Valid(p) with { Body = Encoding.UTF8.GetBytes("""{"signature":"00","order":{"id":"ord_negative_vector","amount":"10.00","currency":"USD"},"merchantOcid":701}""") });
        }

        foreach (var position in new[] { 0, 1, 31, 32, 63 })
        {
            yield return Signature($"r-hex-{position}-flipped", s => FlipHex(s, position));
        }
        foreach (var position in new[] { 64, 65, 96, 127 })
        {
            yield return Signature($"s-hex-{position}-flipped", s => FlipHex(s, position));
        }
        yield return Signature("v-1d", s => s[..128] + "1d");
        yield return Signature("v-02", s => s[..128] + "02");
        yield return Signature("v-ff", s => s[..128] + "ff");
        yield return Signature("r-zero", s => new string('0', 64) + s[64..]);
        yield return Signature("s-zero", s => s[..64] + new string('0', 64) + s[128..]);
        yield return Signature("r-curve-order", s => CurveOrder + s[64..]);
        yield return Signature("r-all-f", s => new string('f', 64) + s[64..]);
        yield return Signature("s-curve-order", s => s[..64] + CurveOrder + s[128..]);
        yield return Signature("r-s-swapped", s => s[64..128] + s[..64] + s[128..]);
        yield return Signature("high-s-twin", SignatureTwins.HighS);
        yield return Signature("high-s-twin-128-hex", s => SignatureTwins.HighS(s)[..128]);
        yield return Signature("high-s-twin-der", SignatureTwins.HighSDer);
        yield return Signature("empty", _ => "");
        yield return Signature("one-char", _ => "0");
        yield return Signature("127-hex", s => s[..127]);
        yield return Signature("129-hex", s => s[..129]);
        yield return Signature("131-hex", s => s + "0");
        yield return Signature("132-hex", s => s + "00");
        yield return Signature("64-hex", s => s[..64]);
        yield return Signature("10kb", s => string.Concat(Enumerable.Repeat(s, 80)));
        yield return Signature("non-hex", s => "zz" + s[2..]);
        yield return Signature("0x-prefixed", s => "0x" + s);
        yield return Signature("base64", s => Convert.ToBase64String(Convert.FromHexString(s)));
        yield return Signature("der-sequence-only", _ => "30");
        yield return Signature("der-empty-sequence", _ => "3000");
        yield return Signature("der-zero-scalars", _ => "3006020100020100");
        yield return Signature("der-truncated", s => SignatureTwins.Der(s)[..^2]);
        yield return Signature("der-trailing-byte", s => SignatureTwins.Der(s) + "00");
        yield return Signature("der-wrong-length", s => "307f" + SignatureTwins.Der(s)[4..]);
        yield return Signature("der-garbage", _ => "3045022100" + Hex(64) + "0220" + Hex(64));
        yield return Refused("signature-of-another-nonce", Invalid, p => Valid(p) with { Signature = Valid(p).Signature });
        yield return Refused("signature-by-unregistered-key", Invalid, p => Valid(p).SignedWith(p.Unregistered.PrivateKey));
        yield return Refused("signature-by-other-registered-key", Invalid, p => Valid(p).SignedWith(p.OtherRegistered.PrivateKey));
        yield return Refused("signature-missing", Invalid, p => Valid(p) with { Signature = null });
        yield return Refused("signature-repeated", Invalid, p => Valid(p) with { Repeated = ["X-OC-Signature"] });
        yield return Refused("no-auth-headers", Invalid, p => Valid(p) with { Ocid = null, Timestamp = null, Nonce = null, Signature = null });
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shift(string timestamp, int seconds) => Text(long.Parse(timestamp, CultureInfo.InvariantCulture) + seconds);

    private static string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(i => "0123456789abcdef"[(i * 7) % 16]));

    private static string RandomHex(int length) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes((length + 1) / 2))[..length];

    private static string FlipHex(string hex, int position) => hex[..position] + (hex[position] == '0' ? '1' : '0') + hex[(position + 1)..];

    private static byte[] Flip(byte[] body, int position)
    {
        var copy = body.ToArray();
        copy[position] ^= 0x01;
        return copy;
    }

    private sealed record RequestShape(string Name, string Method, string Target, string? Body);
}
