using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;

namespace OpenCharge.Checkout.UnitTests.Domain.Qr;

public sealed class QrPayloadReaderTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1706300000);

    [Fact]
    public void Read_WalletSessionCode_ReturnsTheSessionLink()
    {
        var result = Read("""{"ocid":200,"order":"https://api.yourwallet.com/opencharge/orders/create/sess_abc123","expiresAt":1706400000}""");

        var session = Assert.IsType<WalletSessionQr>(result.Value);
        Assert.Equal(new Ocid(200), session.Gateway);
        Assert.Equal("sess_abc123", session.SessionId);
        Assert.Equal("https://api.yourwallet.com/opencharge/orders/create/sess_abc123", session.OrderUrl.OriginalString);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1706400000), session.ExpiresAt);
    }

    [Fact]
    public void Read_MerchantOrderCode_ReturnsTheOrderLink()
    {
        var result = Read("""{"ocid":500,"order":"https://api.merchant.com/opencharge/orders/ord_xyz789","expiresAt":1706400000}""");

        var order = Assert.IsType<MerchantOrderQr>(result.Value);
        Assert.Equal(new Ocid(500), order.Merchant);
        Assert.Equal("https://api.merchant.com/opencharge/orders/ord_xyz789", order.OrderUrl.OriginalString);
    }

    [Fact]
    public void Read_InventoryCodeWithNullExpiry_ReturnsAPermanentInventoryLink()
    {
        var result = Read("""{"ocid":500,"inventory":"https://api.merchant.com/opencharge/inventory","expiresAt":null}""");

        var inventory = Assert.IsType<InventoryQr>(result.Value);
        Assert.Equal(new Ocid(500), inventory.Merchant);
        Assert.Null(inventory.ExpiresAt);
    }

    [Fact]
    public void Read_ExpiryAbsentAndUnknownMembers_ReadsLikeNull()
    {
        var result = Read("""  {"inventory":"https://m.example/opencharge/inventory","ocid":500,"note":"vending machine 4"} """);

        Assert.Null(Assert.IsType<InventoryQr>(result.Value).ExpiresAt);
    }

    [Theory]
    [InlineData("", "qr.empty")]
    [InlineData("   ", "qr.empty")]
    [InlineData("opencharge:500?amount=15000&currency=UGX", "qr.unsupported_form")]
    [InlineData("https://example.com/menu", "qr.not_json")]
    [InlineData("[1,2]", "qr.not_json")]
    [InlineData("\"text\"", "qr.not_json")]
    [InlineData("""{"ocid":500,"order":"https://m.example/o/1",""", "qr.not_json")]
    [InlineData("""{"ocid":500,"ocid":501,"order":"https://m.example/o/1","expiresAt":null}""", "qr.not_json")]
    [InlineData("""{"order":"https://m.example/o/1","expiresAt":null}""", "qr.publisher_invalid")]
    [InlineData("""{"ocid":"500","order":"https://m.example/o/1","expiresAt":null}""", "qr.publisher_invalid")]
    [InlineData("""{"ocid":0,"order":"https://m.example/o/1","expiresAt":null}""", "qr.publisher_invalid")]
    [InlineData("""{"ocid":-5,"order":"https://m.example/o/1","expiresAt":null}""", "qr.publisher_invalid")]
    [InlineData("""{"ocid":500.5,"order":"https://m.example/o/1","expiresAt":null}""", "qr.publisher_invalid")]
    [InlineData("""{"ocid":500,"expiresAt":null}""", "qr.link_missing")]
    [InlineData("""{"ocid":500,"order":"https://m.example/o/1","inventory":"https://m.example/i","expiresAt":null}""", "qr.link_ambiguous")]
    [InlineData("""{"ocid":500,"order":"/opencharge/orders/1","expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":"orders/1","expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":"ftp://m.example/o/1","expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":"javascript:alert(1)","expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":"https://user:pw@m.example/o/1","expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":"https://m.example/o/1#x","expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":42,"expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":"","expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":"https://m.example/\ud800","expiresAt":null}""", "qr.link_invalid")]
    [InlineData("""{"ocid":500,"order":"http://m.example/o/1","expiresAt":null}""", "qr.link_insecure")]
    [InlineData("""{"ocid":500,"order":"https://m.example/o/1","expiresAt":"1706400000"}""", "qr.expiry_invalid")]
    [InlineData("""{"ocid":500,"order":"https://m.example/o/1","expiresAt":1706400000.5}""", "qr.expiry_invalid")]
    [InlineData("""{"ocid":500,"order":"https://m.example/o/1","expiresAt":true}""", "qr.expiry_invalid")]
    [InlineData("""{"ocid":500,"order":"https://m.example/o/1","expiresAt":1706400000000000}""", "qr.expiry_invalid")]
    [InlineData("""{"ocid":500,"order":"https://m.example/o/1","expiresAt":1706200000}""", "qr.expired")]
    [InlineData("""{"ocid":200,"order":"https://w.example/opencharge/orders/create/","expiresAt":null}""", "qr.session_invalid")]
    [InlineData("""{"ocid":200,"order":"https://w.example/opencharge/orders/create/a/b","expiresAt":null}""", "qr.session_invalid")]
    [InlineData("""{"ocid":200,"order":"https://w.example/opencharge/orders/create/a%20b","expiresAt":null}""", "qr.session_invalid")]
    [InlineData("""{"ocid":200,"order":"https://w.example/opencharge/orders/create/abc?x=1","expiresAt":null}""", "qr.session_invalid")]
    public void Read_MalformedCode_FailsWithItsReason(string text, string expectedCode)
    {
        var result = Read(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(expectedCode, result.Error.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
    }

    [Fact]
    public void Read_TextLongerThanAnyPaymentCode_FailsAsTooLong()
    {
        var text = """{"ocid":500,"order":"https://m.example/""" + new string('a', QrPayloadReader.MaxTextLength) + "\"}";

        var result = Read(text);

        Assert.Equal("qr.too_long", result.Error?.Code);
    }

    [Fact]
    public void Read_TextWithALoneSurrogate_FailsAsNotJson()
    {
        var result = Read("{\"ocid\":500,\"order\":\"https://m.example/\ud800\",\"expiresAt\":null}");

        Assert.Equal("qr.not_json", result.Error?.Code);
    }

    [Fact]
    public void Read_PlainHttpWhereAllowed_ReturnsTheLink()
    {
        var result = QrPayloadReader.Read("""{"ocid":9001,"order":"http://127.0.0.1:5080/sandbox/store/opencharge/orders/o1","expiresAt":null}""", Now, allowPlainHttp: true);

        Assert.Equal("http", Assert.IsType<MerchantOrderQr>(result.Value).OrderUrl.Scheme);
    }

    [Fact]
    public void Read_ExpiryExactlyNow_IsStillValid()
    {
        var result = Read($$"""{"ocid":500,"order":"https://m.example/o/1","expiresAt":{{Now.ToUnixTimeSeconds()}}}""");

        Assert.True(result.IsSuccess);
    }

    private static Result<QrPayload> Read(string text) => QrPayloadReader.Read(text, Now, allowPlainHttp: false);
}
