using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.Sandbox.Settlement;

/// <summary>The <c>txid</c> of a <c>PaymentSettleRequest</c> (objects.md §7); its proof is read like a webhook's.</summary>
internal static class SettleTxid
{
    public static string? Read(ReadOnlyMemory<byte> body)
    {
        using var document = DecodableJson.Parse(body);
        return document?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("txid", out var txid)
            && JsonFields.Text(txid) is { Length: > 0 and <= PeerTransfer.MaxKeyLength } text && !text.Contains('\0', StringComparison.Ordinal)
            ? text
            : null;
    }
}
