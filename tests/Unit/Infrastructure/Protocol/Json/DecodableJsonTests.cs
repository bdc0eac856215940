using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Json;

// Found by bench/fuzz.sh: such bodies parsed, then threw wherever the bad text was first read, and answered 500.
public sealed class DecodableJsonTests
{
    [Fact]
    public void Parse_InvalidUtf8InAFieldNobodyReads_ReturnsNull()
    {
        byte[] body = [.. "{\"order\":{\"id\":\"ord_1\",\"note\":\""u8, 0xC0, 0xAF, .. "\"}}"u8];

        Assert.Null(DecodableJson.Parse(body));
    }

    [Fact]
    public void Parse_LoneSurrogateEscapeInAPropertyName_ReturnsNull()
    {
        Assert.Null(DecodableJson.Parse("""{"order":{"\ud800":1,"id":"ord_1"}}"""u8.ToArray()));
    }

    [Fact]
    public void Parse_LoneSurrogateEscapeInAStringInAnArray_ReturnsNull()
    {
        Assert.Null(DecodableJson.Parse("""{"order":{"items":[{"name":"mug \udc00"}],"id":"ord_1"}}"""u8.ToArray()));
    }

    [Fact]
    public void Parse_NotJson_ReturnsNull()
    {
        Assert.Null(DecodableJson.Parse("{\"order\":"u8.ToArray()));
    }

    [Fact]
    public void Parse_UnicodeAndPairedEscapes_ReturnsTheDocument()
    {
        using var document = DecodableJson.Parse("""{"memo":"café \ud83d\ude00","items":[{"name":"mug"}]}"""u8.ToArray());

        Assert.NotNull(document);
        Assert.Equal("café 😀", document.RootElement.GetProperty("memo").GetString());
    }
}
