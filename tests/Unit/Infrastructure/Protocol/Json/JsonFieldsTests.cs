using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Json;

// Found by bench/fuzz.sh: each of these inputs used to escape as an exception and answer 500.
public sealed class JsonFieldsTests
{
    [Fact]
    public void RequiredString_EscapedLoneSurrogate_ReportsTheFieldInsteadOfThrowing()
    {
        var fields = new JsonFields("order.", []);
        using var document = JsonDocument.Parse("""{"memo":"\ud800"}""");

        var memo = fields.RequiredString(document.RootElement, 500, "memo");

        Assert.Null(memo);
        Assert.Equal("must be UTF-8 text without lone surrogates.", fields.Problems["order.memo"]);
    }

    [Fact]
    public void RequiredString_BytesThatAreNotUtf8_ReportsTheFieldInsteadOfThrowing()
    {
        var fields = new JsonFields("", []);
        byte[] body = [.. "{\"id\":\"a"u8, 0xED, 0xA0, 0x80, .. "\"}"u8];
        using var document = JsonDocument.Parse(body);

        var id = fields.RequiredString(document.RootElement, 64, "id");

        Assert.Null(id);
        Assert.True(fields.Problems.ContainsKey("id"));
    }

    [Fact]
    public void RequiredString_EscapedNul_ReportsTheFieldBeforeItReachesTheDatabase()
    {
        var fields = new JsonFields("order.", []);
        using var document = JsonDocument.Parse("""{"id":"ord_\u0000"}""");

        var id = fields.RequiredString(document.RootElement, 64, "id");

        Assert.Null(id);
        Assert.Equal("must not contain U+0000.", fields.Problems["order.id"]);
    }

    [Fact]
    public void Text_ValidString_ReturnsIt()
    {
        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes("\"caf\u00e9 \\ud83d\\ude00\""));

        Assert.Equal("caf\u00e9 \U0001F600", JsonFields.Text(document.RootElement));
    }

    [Theory]
    [InlineData(1796166996714)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void UnixSeconds_OutsideDateTimeOffsetRange_ReportsTheFieldInsteadOfThrowing(long seconds)
    {
        var fields = new JsonFields("order.", []);
        using var document = JsonDocument.Parse($$"""{"createdAt":{{seconds}}}""");

        var createdAt = fields.UnixSeconds(document.RootElement, required: true, "createdAt");

        Assert.Null(createdAt);
        Assert.Equal("must be Unix seconds.", fields.Problems["order.createdAt"]);
    }
}
