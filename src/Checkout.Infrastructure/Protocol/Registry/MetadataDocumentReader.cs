using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

/// <summary>
/// Reads a peer's metadata document in either shape the docs show (gaps.md G2: nested signed <c>config</c>, or the
/// older flat form) and checks the <c>config</c> signature when one is present.
/// </summary>
internal sealed class MetadataDocumentReader(ISecp256k1 secp256k1)
{
    public MetadataReadResult Read(Ocid ocid, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return MetadataReadResult.Invalid("Metadata is not a JSON object.");
        }
        var config = root.TryGetProperty("config", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : (JsonElement?)null;

        var publicKey = Text(config, root, "publicKey");
        var endpoint = Text(config, root, "endpoint");
        if (publicKey is null || endpoint is null)
        {
            return MetadataReadResult.Invalid("Metadata lacks publicKey or endpoint.");
        }

        // Decoded once here, so the key lives with the cached entry and verifies on the hot paths decode nothing.
        var decodedKey = secp256k1.DecodePublicKey(publicKey);
        if (config is { } signedConfig && Text(null, root, "signature") is { } signature)
        {
            var canonical = Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(signedConfig));
            if (!secp256k1.VerifyByKey(decodedKey, publicKey, canonical, signature))
            {
                return MetadataReadResult.Invalid("Metadata config signature does not verify.");
            }
        }

        var previousKey = Text(null, root, "previousKey");
        var settlement = Element(config, root, "settlement");
        var metadata = new PeerMetadata(
            ocid,
            Text(null, root, "name") ?? $"OCID {ocid}",
            endpoint.TrimEnd('/'),
            publicKey,
            Strings(Element(config, root, "capabilities")),
            settlement is { ValueKind: JsonValueKind.Object } s
                ? new PeerSettlement(Strings(Property(s, "currencies")), Ocids(Property(s, "accepts")))
                : PeerSettlement.None)
        {
            Icon = Text(null, root, "icon"),
            PreviousKey = previousKey,
            KeyRotatedAt = UnixSeconds(Property(root, "keyRotatedAt")),
            DecodedPublicKey = decodedKey,
            DecodedPreviousKey = previousKey is null ? null : secp256k1.DecodePublicKey(previousKey),
        };
        return MetadataReadResult.Valid(metadata);
    }

    /// <summary>
    /// <c>keyRotatedAt</c> is unsigned and its unit unspecified (objects.md §9): a number outside the range of
    /// <see cref="DateTimeOffset"/>, such as JavaScript's <c>Date.now()</c> milliseconds, is ignored rather than
    /// thrown, since the throw would escape the whole look-up.
    /// </summary>
    private static DateTimeOffset? UnixSeconds(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Number } number
        && number.TryGetInt64(out var seconds)
        && seconds >= DateTimeOffset.MinValue.ToUnixTimeSeconds()
        && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    /// <summary>gaps.md G2: read <c>config.X</c> first and fall back to a flat top-level <c>X</c>.</summary>
    private static JsonElement? Element(JsonElement? config, JsonElement root, string name) =>
        (config is { } c ? Property(c, name) : null) ?? Property(root, name);

    private static string? Text(JsonElement? config, JsonElement root, string name) =>
        Element(config, root, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    private static IReadOnlyList<string> Strings(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];

    /// <summary>gaps.md G34: legacy documents list accepted issuers as objects <c>{ "ocid": 100 }</c>.</summary>
    private static IReadOnlyList<Ocid> Ocids(JsonElement? array)
    {
        if (array is not { ValueKind: JsonValueKind.Array } a)
        {
            return [];
        }
        var result = new List<Ocid>();
        foreach (var item in a.EnumerateArray())
        {
            var number = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("ocid", out var inner) ? inner : item;
            if (number.ValueKind == JsonValueKind.Number && number.TryGetInt64(out var value) && value > 0)
            {
                result.Add(new Ocid(value));
            }
        }
        return result;
    }
}
