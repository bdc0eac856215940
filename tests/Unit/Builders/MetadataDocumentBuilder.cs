using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>
/// A peer's metadata document (objects.md §9). By default the current nested form: <c>config</c> signed by the key
/// it names; <see cref="Flat"/> gives the older unsigned top-level form (gaps.md G2).
/// </summary>
internal sealed class MetadataDocumentBuilder
{
    public const string DefaultEndpoint = "https://api.peer.example/opencharge";

    private readonly JsonObject _topLevel = new() { ["opencharge"] = "0.1", ["name"] = "Peer Wallet" };
    private readonly JsonObject _config = new()
    {
        ["publicKey"] = TestKeys.PublicKeyOf(TestKeys.Peer),
        ["endpoint"] = DefaultEndpoint,
        ["capabilities"] = new JsonArray("transfer.create", "transfer.webhook"),
        ["settlement"] = new JsonObject { ["currencies"] = new JsonArray("USD", "EUR"), ["accepts"] = new JsonArray(100, 101) },
    };
    private byte[] _signingKey = TestKeys.Peer;
    private bool _flat;
    private Action<JsonObject>? _tamper;

    /// <summary>The key pair whose public half the document publishes and which signs it.</summary>
    public MetadataDocumentBuilder OwnedBy(byte[] privateKey)
    {
        _config["publicKey"] = TestKeys.PublicKeyOf(privateKey);
        _signingKey = privateKey;
        return this;
    }

    /// <summary>Signs with a key other than the published one.</summary>
    public MetadataDocumentBuilder SignedBy(byte[] privateKey)
    {
        _signingKey = privateKey;
        return this;
    }

    /// <summary>Sets a field of <c>config</c> (or, in the flat form, of the top level).</summary>
    public MetadataDocumentBuilder WithConfig(string name, JsonNode? value)
    {
        _config[name] = value;
        return this;
    }

    public MetadataDocumentBuilder WithoutConfig(string name)
    {
        _config.Remove(name);
        return this;
    }

    /// <summary>Sets an unsigned top-level field such as <c>name</c>, <c>profile</c> or <c>previousKey</c>.</summary>
    public MetadataDocumentBuilder With(string name, JsonNode? value)
    {
        _topLevel[name] = value;
        return this;
    }

    public MetadataDocumentBuilder Flat()
    {
        _flat = true;
        return this;
    }

    /// <summary>Changes <c>config</c> after the signature was computed, as a tampering intermediary would.</summary>
    public MetadataDocumentBuilder TamperedAfterSigning(Action<JsonObject> change)
    {
        _tamper = change;
        return this;
    }

    public string Build()
    {
        var document = (JsonObject)_topLevel.DeepClone();
        var config = (JsonObject)_config.DeepClone();
        if (_flat)
        {
            foreach (var (name, value) in config)
            {
                document[name] = value?.DeepClone();
            }
            return document.ToJsonString();
        }

        var canonical = CanonicalJson.Canonicalize(JsonSerializer.SerializeToElement(config));
        var signature = TestKeys.Sign(_signingKey, canonical);
        _tamper?.Invoke(config);
        document["config"] = config;
        document["signature"] = signature;
        return document.ToJsonString();
    }

    public JsonElement BuildElement() => JsonSerializer.Deserialize<JsonElement>(Build());
}
