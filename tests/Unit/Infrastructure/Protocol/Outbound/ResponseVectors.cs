using System.Globalization;
using System.Text;

using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Outbound;

/// <summary>
/// Negative vectors for the response signatures we verify (authentication.md §4): every signed component of a
/// correctly signed answer broken in turn. A response missing a header or naming no OCID is unsigned (Absent,
/// gaps.md G7); everything else that does not verify is Invalid. Only the controls verify.
/// </summary>
internal static class ResponseVectors
{
    public const long SignedAt = 1_706_500_001;
    private const string Body = """{"status":"accepted","txid":"gateway_tx_456"}""";
    private const string CurveOrder = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    public static IReadOnlyDictionary<string, (ResponseSignatureStatus Expected, Func<ResponseParts> Build)> All { get; } =
        Build().ToDictionary(v => v.Name, v => (v.Expected, v.Parts), StringComparer.Ordinal);

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

    public static ResponseParts Valid(long timestamp = SignedAt, byte[]? key = null, string ocid = "700") =>
        new ResponseParts(200, Encoding.UTF8.GetBytes(Body), ocid, timestamp.ToString(CultureInfo.InvariantCulture), null).SignedWith(key ?? TestKeys.Peer);

    private static IEnumerable<(string Name, ResponseSignatureStatus Expected, Func<ResponseParts> Parts)> Build()
    {
        const ResponseSignatureStatus invalid = ResponseSignatureStatus.Invalid;
        const ResponseSignatureStatus absent = ResponseSignatureStatus.Absent;
        static Func<ResponseParts> After(Func<ResponseParts, ResponseParts> mutate) => () => mutate(Valid());
        static (string, ResponseSignatureStatus, Func<ResponseParts>) Signature(string name, Func<string, string> mutate) =>
            ("signature-" + name, ResponseSignatureStatus.Invalid, After(p => p with { Signature = mutate(p.Signature!) }));

        yield return ("control-valid", ResponseSignatureStatus.Verified, () => Valid());
        yield return ("control-timestamp-plus-300", ResponseSignatureStatus.Verified, () => Valid(SignedAt - 1 + 300));
        yield return ("control-timestamp-minus-300", ResponseSignatureStatus.Verified, () => Valid(SignedAt - 1 - 300));
        yield return ("control-signature-128-hex", ResponseSignatureStatus.Verified, After(p => p with { Signature = p.Signature![..128] }));
        yield return ("control-signature-der", ResponseSignatureStatus.Verified, After(p => p with { Signature = SignatureTwins.Der(p.Signature!) }));

        yield return ("id-other-registered-ocid", invalid, After(p => p with { Ocid = "702" }));
        yield return ("id-other-registered-ocid-resigned", invalid, () => Valid(key: TestKeys.Other, ocid: "702"));
        yield return ("id-unregistered-ocid", invalid, After(p => p with { Ocid = "799" }));
        yield return ("id-leading-zero", invalid, After(p => p with { Ocid = "0700" }));
        yield return ("id-zero", absent, After(p => p with { Ocid = "0" }));
        yield return ("id-letters", absent, After(p => p with { Ocid = "abc" }));
        yield return ("id-10kb", absent, After(p => p with { Ocid = new string('7', 10 * 1024) }));
        yield return ("id-missing", absent, After(p => p with { Ocid = null }));

        yield return ("timestamp-plus-1", invalid, After(p => p with { Timestamp = (SignedAt + 1).ToString(CultureInfo.InvariantCulture) }));
        yield return ("timestamp-minus-1", invalid, After(p => p with { Timestamp = (SignedAt - 1).ToString(CultureInfo.InvariantCulture) }));
        yield return ("timestamp-plus-301-resigned", invalid, () => Valid(SignedAt - 1 + 301));
        yield return ("timestamp-minus-301-resigned", invalid, () => Valid(SignedAt - 1 - 301));
        yield return ("timestamp-one-day-old-resigned", invalid, () => Valid(SignedAt - 86_400));
        yield return ("timestamp-long-min", invalid, After(p => p with { Timestamp = long.MinValue.ToString(CultureInfo.InvariantCulture) }));
        yield return ("timestamp-plus-sign", invalid, After(p => p with { Timestamp = "+" + p.Timestamp }));
        yield return ("timestamp-letters", invalid, After(p => p with { Timestamp = "soon" }));
        yield return ("timestamp-empty", invalid, After(p => p with { Timestamp = "" }));
        yield return ("timestamp-missing", absent, After(p => p with { Timestamp = null }));

        yield return ("status-changed", invalid, After(p => p with { Status = 201 }));
        yield return ("status-error", invalid, After(p => p with { Status = 400 }));
        foreach (var position in new[] { 0, 1, 11, 20, 30, 40, Body.Length - 1 })
        {
            yield return ($"body-byte-{position}-flipped", invalid, After(p => p with { Body = Flip(p.Body, position) }));
        }
        yield return ("body-truncated", invalid, After(p => p with { Body = p.Body[..^1] }));
        yield return ("body-trailing-space", invalid, After(p => p with { Body = [.. p.Body, (byte)' '] }));
        yield return ("body-emptied", invalid, After(p => p with { Body = [] }));
        yield return ("body-rejected-instead", invalid, After(p => p with { Body = Encoding.UTF8.GetBytes(Body.Replace("accepted", "rejected", StringComparison.Ordinal)) }));

        foreach (var position in new[] { 0, 31, 63 })
        {
            yield return Signature($"r-hex-{position}-flipped", s => FlipHex(s, position));
        }
        foreach (var position in new[] { 64, 96, 127 })
        {
            yield return Signature($"s-hex-{position}-flipped", s => FlipHex(s, position));
        }
        yield return Signature("v-1d", s => s[..128] + "1d");
        yield return Signature("v-ff", s => s[..128] + "ff");
        yield return Signature("r-zero", s => new string('0', 64) + s[64..]);
        yield return Signature("s-zero", s => s[..64] + new string('0', 64) + s[128..]);
        yield return Signature("r-curve-order", s => CurveOrder + s[64..]);
        yield return Signature("s-curve-order", s => s[..64] + CurveOrder + s[128..]);
        yield return Signature("high-s-twin", SignatureTwins.HighS);
        yield return Signature("high-s-twin-der", SignatureTwins.HighSDer);
        yield return Signature("empty", _ => "");
        yield return Signature("one-char", _ => "0");
        yield return Signature("127-hex", s => s[..127]);
        yield return Signature("129-hex", s => s[..129]);
        yield return Signature("131-hex", s => s + "0");
        yield return Signature("10kb", s => string.Concat(Enumerable.Repeat(s, 80)));
        yield return Signature("non-hex", s => "zz" + s[2..]);
        yield return Signature("der-garbage", _ => "3006020100020100");
        yield return Signature("der-trailing-byte", s => SignatureTwins.Der(s) + "00");
        yield return ("signature-by-another-key", invalid, () => Valid(key: TestKeys.Other));
        yield return ("signature-missing", absent, After(p => p with { Signature = null }));
    }

    private static string FlipHex(string hex, int position) => hex[..position] + (hex[position] == '0' ? '1' : '0') + hex[(position + 1)..];

    private static byte[] Flip(byte[] body, int position)
    {
        var copy = body.ToArray();
        copy[position] ^= 0x01;
        return copy;
    }
}
