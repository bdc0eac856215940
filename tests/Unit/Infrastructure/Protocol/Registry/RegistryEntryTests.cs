using OpenCharge.Checkout.Infrastructure.Protocol.Registry;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Registry;

public sealed class RegistryEntryTests
{
    [Theory]
    [InlineData("https://api.peer.example/opencharge")]
    [InlineData("https://api.peer.example/opencharge/")]
    public void FromRegisteredValue_Endpoint_PointsAtMetadataBeneathIt(string value)
    {
        var entry = RegistryEntry.FromRegisteredValue(value);

        Assert.NotNull(entry);
        Assert.Equal("https://api.peer.example/opencharge/metadata.json", entry.MetadataUrl.ToString());
        Assert.Equal("https://api.peer.example/opencharge", entry.Endpoint!.ToString());
    }

    [Fact]
    public void FromRegisteredValue_JsonUrl_IsTheMetadataUrlItself()
    {
        var entry = RegistryEntry.FromRegisteredValue("https://cdn.peer.example/ocid/700.json");

        Assert.NotNull(entry);
        Assert.Equal("https://cdn.peer.example/ocid/700.json", entry.MetadataUrl.ToString());
        Assert.Null(entry.Endpoint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://peer.example/opencharge")]
    [InlineData("/relative/opencharge")]
    public void FromRegisteredValue_NotHttpUrl_ReturnsNull(string value)
    {
        var entry = RegistryEntry.FromRegisteredValue(value);

        Assert.Null(entry);
    }
}
