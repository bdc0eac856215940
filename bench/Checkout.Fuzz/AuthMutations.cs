using System.Globalization;
using System.Numerics;

using OpenCharge.Checkout.BenchSupport;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// Requests from a registered peer with one signed component broken: every one must be refused (401 or, for the
/// method and path, 404/405), whatever the body. Mutations that the protocol allows (hex case, <c>v</c>, 128-hex r‖s,
/// a query added after signing, G1/G4/G5) are left out on purpose.
/// </summary>
internal sealed class AuthMutations(RequestSigning signing, BenchPeer gateway, BenchPeer merchant)
{
    // secp256k1 group order n: a signature (r, s) has the high-S twin (r, n − s), which docs/decisions.md rejects.
    private static readonly BigInteger Order = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber);

    private static readonly string[] Names = [OutboundHeaders.Ocid, OutboundHeaders.Timestamp, OutboundHeaders.Nonce, OutboundHeaders.Signature];

    public FuzzRequest Mutate(Random random, string method, string target, byte[]? body, string? contentType)
    {
        var headers = signing.Headers(gateway, random, method, target, body);
        var operation = random.Next(21);
        string Sig() => headers[3].Value;
        void Replace(string name, string value) => headers[Names.ToList().IndexOf(name)] = new(name, value);
        switch (operation)
        {
            case 0:
                var at = random.Next(128);
                var digit = Sig()[at];
                Replace(OutboundHeaders.Signature, Sig()[..at] + "0123456789abcdef".Where(c => c != digit).ElementAt(random.Next(15)) + Sig()[(at + 1)..]);
                break;
            case 1:
                var length = random.Next(130);
                Replace(OutboundHeaders.Signature, Sig()[..(length == 128 ? 127 : length)]);
                break;
            case 2:
                Replace(OutboundHeaders.Signature, Sig() + Interesting.Hex(random, random.Next(2, 200)));
                break;
            case 3:
                Replace(OutboundHeaders.Signature, random.Next(2) == 0 ? Interesting.HeaderText(random) : new string('z', 130));
                break;
            case 4:
                Replace(OutboundHeaders.Signature, HighS(Sig()));
                break;
            case 5:
                Replace(OutboundHeaders.Signature, signing.Headers(merchant, random, method, target, body, nonce: headers[2].Value, ocid: headers[0].Value)[3].Value);
                break;
            case 6:
                // +331 rather than +301: a request waits a few seconds in the queue on a loaded machine, which eats into a future skew.
                headers = signing.Headers(gateway, random, method, target, body, TimeSpan.FromSeconds(random.Next(2) == 0 ? 331 : -301));
                break;
            case 7:
                Replace(OutboundHeaders.Timestamp, (long.Parse(headers[1].Value, CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? 1 : -1)).ToString(CultureInfo.InvariantCulture));
                break;
            case 8:
                Replace(OutboundHeaders.Timestamp, new[] { "", "abc", "1.7e9", "+" + headers[1].Value, headers[1].Value + ".0", "99999999999999999999", "-1", "0x10" }[random.Next(8)]);
                break;
            case 9:
                Replace(OutboundHeaders.Nonce, RequestSigning.NewNonce(random));
                break;
            case 10:
                var badNonce = random.Next(3) switch { 0 => new string('n', 129), 1 => "", _ => "nonce-é" };
                headers = signing.Headers(gateway, random, method, target, body, nonce: badNonce);
                break;
            case 11:
                Replace(OutboundHeaders.Ocid, merchant.Ocid.ToString(CultureInfo.InvariantCulture));
                break;
            case 12:
                headers = signing.Headers(gateway, random, method, target, body, ocid: "424242");
                break;
            case 13:
                var ocid = new[] { "0", "-1", "abc", $"{gateway.Ocid}.0", $"{gateway.Ocid}e0", "99999999999999999999999", "" }[random.Next(7)];
                headers = signing.Headers(gateway, random, method, target, body, ocid: ocid);
                break;
            case 14:
                headers.RemoveAt(random.Next(4));
                break;
            case 15:
                var which = random.Next(4);
                headers.Insert(which, new(Names[which], Interesting.HeaderText(random)));
                break;
            case 16:
                method = method == "GET" ? "POST" : new[] { "PUT", "PATCH", "DELETE", "GET" }[random.Next(4)];
                break;
            case 17:
                target = random.Next(3) switch { 0 => target + "/", 1 => target.ToUpperInvariant(), _ => "/" + target };
                break;
            case 18:
                // A new member, not whitespace: G1 lets a re-serialisation of the same JSON through.
                body = body is [.., (byte)'}'] ? [.. body[..^1], .. ",\"fz\":1}"u8] : [.. body ?? [], (byte)'x'];
                break;
            case 19:
                headers = [.. Names.Select(name => new KeyValuePair<string, string>(name, ""))];
                break;
            default:
                var name = Names[random.Next(4)];
                Replace(name, new string('7', random.Next(4_000, 40_000)));
                break;
        }
        return new FuzzRequest("auth:" + operation, method, target, headers, body, contentType, MayChangeData: false);
    }

    private static string HighS(string signature)
    {
        var s = BigInteger.Parse("0" + signature[64..128], NumberStyles.HexNumber);
        var twin = (Order - s).ToString("x64", CultureInfo.InvariantCulture);
        return signature[..64] + twin[^64..] + (signature[128..] == "1b" ? "1c" : "1b");
    }
}
