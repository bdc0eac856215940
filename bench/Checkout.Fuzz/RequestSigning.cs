using System.Globalization;

using OpenCharge.Checkout.BenchSupport;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>The four authentication headers of a request signed by a registered peer (authentication.md §2–§3).</summary>
internal sealed class RequestSigning(TimeProvider time)
{
    public static string NewNonce(Random random) => "req_" + Interesting.Hex(random, 32);

    public List<KeyValuePair<string, string>> Headers(
        BenchPeer peer, Random random, string method, string target, byte[]? body, TimeSpan skew = default, string? nonce = null, string? ocid = null)
    {
        var timestamp = time.GetUtcNow().Add(skew).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        nonce ??= NewNonce(random);
        ocid ??= peer.Ocid.ToString(CultureInfo.InvariantCulture);
        return
        [
            new(OutboundHeaders.Ocid, ocid),
            new(OutboundHeaders.Timestamp, timestamp),
            new(OutboundHeaders.Nonce, nonce),
            new(OutboundHeaders.Signature, peer.SignRequest(timestamp, nonce, method, target, body ?? [], ocid)),
        ];
    }
}
