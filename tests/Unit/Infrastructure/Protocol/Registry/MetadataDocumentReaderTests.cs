using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol.Registry;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Registry;

public sealed class MetadataDocumentReaderTests
{
    private static readonly Ocid Peer = new(700);

    private readonly MetadataDocumentReader _reader = new(new BouncyCastleSecp256k1());

    [Fact]
    public void Read_SignedNestedConfig_ReturnsConfigFields()
    {
        var document = new MetadataDocumentBuilder().BuildElement();

        var result = _reader.Read(Peer, document);

        var metadata = result.Metadata;
        Assert.NotNull(metadata);
        Assert.Equal(Peer, metadata.Ocid);
        Assert.Equal("Peer Wallet", metadata.Name);
        Assert.Equal(TestKeys.PublicKeyOf(TestKeys.Peer), metadata.PublicKey);
        Assert.Equal(MetadataDocumentBuilder.DefaultEndpoint, metadata.Endpoint);
        Assert.Equal(["transfer.create", "transfer.webhook"], metadata.Capabilities);
        Assert.Equal(["USD", "EUR"], metadata.Settlement.Currencies);
        Assert.Equal([new Ocid(100), new Ocid(101)], metadata.Settlement.Accepts);
    }

    [Fact]
    public void Read_WorkedExampleConfigAndSignature_IsValid()
    {
        var document = JsonSerializer.Deserialize<JsonElement>(
            $$"""{ "name": "QuickPay Wallet", "config": {{AuthenticationVectors.MetadataConfig.Input}}, "signature": "{{AuthenticationVectors.MetadataConfig.Signature}}" }""");

        var result = _reader.Read(Peer, document);

        Assert.Null(result.Problem);
        Assert.Equal(AuthenticationVectors.PublicKey, result.Metadata!.PublicKey);
    }

    [Fact]
    public void Read_ConfigTamperedAfterSigning_ReturnsInvalid()
    {
        var document = new MetadataDocumentBuilder()
            .TamperedAfterSigning(config => config["endpoint"] = "https://attacker.example/opencharge")
            .BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Null(result.Metadata);
        Assert.Contains("signature", result.Problem);
    }

    [Fact]
    public void Read_ConfigSignedByAnotherKey_ReturnsInvalid()
    {
        var document = new MetadataDocumentBuilder().SignedBy(TestKeys.Other).BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Null(result.Metadata);
        Assert.Contains("signature", result.Problem);
    }

    [Fact]
    public void Read_FlatLegacyFormWithoutSignature_ReadsTopLevelFields()
    {
        var document = new MetadataDocumentBuilder().Flat().BuildElement();

        var result = _reader.Read(Peer, document);

        var metadata = result.Metadata;
        Assert.NotNull(metadata);
        Assert.Equal(TestKeys.PublicKeyOf(TestKeys.Peer), metadata.PublicKey);
        Assert.Equal(MetadataDocumentBuilder.DefaultEndpoint, metadata.Endpoint);
        Assert.Equal(["transfer.create", "transfer.webhook"], metadata.Capabilities);
        Assert.Equal([new Ocid(100), new Ocid(101)], metadata.Settlement.Accepts);
    }

    [Fact]
    public void Read_NestedConfigAndStaleTopLevelKey_PrefersConfig()
    {
        var document = new MetadataDocumentBuilder().With("publicKey", TestKeys.PublicKeyOf(TestKeys.Other)).BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Equal(TestKeys.PublicKeyOf(TestKeys.Peer), result.Metadata!.PublicKey);
    }

    [Theory]
    [InlineData("profile", "\"Mobile wallet for fast payments\"")]
    [InlineData("description", "\"Mobile wallet for fast payments\"")]
    [InlineData("profile", """{ "name": "Not the display name", "publicKey": "00" }""")]
    [InlineData("description", "null")]
    public void Read_ProfileOrDescription_IsIgnored(string field, string json)
    {
        var document = new MetadataDocumentBuilder().With(field, JsonNode.Parse(json)).BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Equal("Peer Wallet", result.Metadata!.Name);
        Assert.Equal(TestKeys.PublicKeyOf(TestKeys.Peer), result.Metadata.PublicKey);
    }

    [Theory]
    [InlineData("publicKey", false)]
    [InlineData("endpoint", false)]
    [InlineData("publicKey", true)]
    [InlineData("endpoint", true)]
    public void Read_PublicKeyOrEndpointMissing_ReturnsInvalid(string missing, bool flat)
    {
        var builder = new MetadataDocumentBuilder().WithoutConfig(missing);
        var document = (flat ? builder.Flat() : builder).BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Null(result.Metadata);
        Assert.Contains("publicKey or endpoint", result.Problem);
    }

    [Fact]
    public void Read_LegacyAcceptsAsObjects_ReadsTheirOcids()
    {
        var settlement = JsonNode.Parse("""{ "currencies": ["UGX"], "accepts": [{ "ocid": 100, "name": "Barclays Bank Uganda" }, 101] }""");
        var document = new MetadataDocumentBuilder().WithConfig("settlement", settlement).BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Equal([new Ocid(100), new Ocid(101)], result.Metadata!.Settlement.Accepts);
    }

    [Fact]
    public void Read_ValidDocument_CarriesBothKeysDecoded()
    {
        var previousKey = TestKeys.PublicKeyOf(TestKeys.Other);
        var document = new MetadataDocumentBuilder().With("previousKey", previousKey).With("keyRotatedAt", 1_706_500_000).BuildElement();

        var metadata = _reader.Read(Peer, document).Metadata!;

        Assert.Equal(metadata.PublicKey, metadata.DecodedPublicKey?.Published);
        Assert.Equal(previousKey, metadata.DecodedPreviousKey?.Published);
    }

    [Fact]
    public void Read_UnsignedFlatDocumentWithKeyOffTheCurve_KeepsKeyUndecoded()
    {
        var document = JsonSerializer.Deserialize<JsonElement>(
            """{ "name": "Broken", "publicKey": "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "endpoint": "https://peer.example/opencharge" }""");

        var metadata = _reader.Read(Peer, document).Metadata!;

        Assert.Null(metadata.DecodedPublicKey);
        Assert.Null(metadata.DecodedPreviousKey);
    }

    [Fact]
    public void Read_RotationFields_AreRead()
    {
        var previousKey = TestKeys.PublicKeyOf(TestKeys.Other);
        var document = new MetadataDocumentBuilder().With("previousKey", previousKey).With("keyRotatedAt", 1_706_500_000).BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Equal(previousKey, result.Metadata!.PreviousKey);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_706_500_000), result.Metadata.KeyRotatedAt);
    }

    [Theory]
    [InlineData("\"2024-01-29T03:46:40Z\"")]
    [InlineData("1706500000000")]
    [InlineData("-99999999999999")]
    public void Read_KeyRotatedAtNotUnixSeconds_IgnoresIt(string json)
    {
        var document = new MetadataDocumentBuilder().With("keyRotatedAt", JsonNode.Parse(json)).BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.NotNull(result.Metadata);
        Assert.Null(result.Metadata.KeyRotatedAt);
    }

    [Fact]
    public void Read_EndpointWithTrailingSlash_TrimsIt()
    {
        var document = new MetadataDocumentBuilder().WithConfig("endpoint", MetadataDocumentBuilder.DefaultEndpoint + "/").BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Equal(MetadataDocumentBuilder.DefaultEndpoint, result.Metadata!.Endpoint);
    }

    [Fact]
    public void Read_NameMissing_NamesThePeerByOcid()
    {
        var document = new MetadataDocumentBuilder().With("name", null).BuildElement();

        var result = _reader.Read(Peer, document);

        Assert.Equal("OCID 700", result.Metadata!.Name);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"metadata\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Read_NotAJsonObject_ReturnsInvalid(string json)
    {
        var document = JsonSerializer.Deserialize<JsonElement>(json);

        var result = _reader.Read(Peer, document);

        Assert.Null(result.Metadata);
        Assert.Equal("Metadata is not a JSON object.", result.Problem);
    }
}
