using System.Text;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Merchants;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Merchants;

public sealed class MerchantReplyTests
{
    private static readonly Ocid Merchant = new(500);

    [Fact]
    public void Body_200WithAnObject_ReturnsIt()
    {
        var body = MerchantReply.Body(Merchant, Answer(200, """{"order":{}}"""), isOrder: true);

        Assert.True(body.IsSuccess);
        Assert.True(body.Value.TryGetProperty("order", out _));
    }

    [Theory]
    [InlineData(404, """{"error":{"code":"ORDER_NOT_FOUND","message":"No order"}}""", true, "order.not_found")]
    [InlineData(410, "", true, "order.expired")]
    [InlineData(404, "", false, "merchant.refused")]
    [InlineData(400, """{"error":{"code":"INVALID_ITEM","message":"No item 'tea'."}}""", false, "merchant.refused")]
    [InlineData(401, "", true, "merchant.refused")]
    [InlineData(408, "", true, "merchant.unreachable")]
    [InlineData(429, """{"error":{"code":"RATE_LIMITED","message":"slow down"}}""", true, "merchant.unreachable")]
    [InlineData(503, "", true, "merchant.unreachable")]
    [InlineData(302, "", true, "merchant.unreachable")]
    [InlineData(204, "", true, "merchant.unreachable")]
    [InlineData(200, "[1,2]", true, "merchant.malformed_answer")]
    [InlineData(200, "<html>", true, "merchant.malformed_answer")]
    public void Body_OtherAnswers_FailWithTheirMeaning(int status, string body, bool isOrder, string expectedCode)
    {
        var result = MerchantReply.Body(Merchant, Answer(status, body), isOrder);

        Assert.Equal(expectedCode, result.Error?.Code);
    }

    [Theory]
    [InlineData("""{"error":{"code":"INSUFFICIENT_STOCK","message":"Only 1 left."}}""", "(INSUFFICIENT_STOCK): Only 1 left.")]
    [InlineData("""{"error":"Sold out"}""", "(HTTP 400): Sold out")]
    [InlineData("""{"error":{"code":"INVALID_ITEM"}}""", "(INVALID_ITEM): no reason given")]
    public void Body_Refusal_CarriesTheMerchantsCodeAndMessage(string body, string expectedEnding)
    {
        var result = MerchantReply.Body(Merchant, Answer(400, body), isOrder: false);

        Assert.EndsWith(expectedEnding, result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_WronglySignedAnswer_FailsAsUntrustedWhateverItSays()
    {
        var answer = PeerCallResult.Answered(200, Encoding.UTF8.GetBytes("""{"order":{}}"""), ResponseSignatureStatus.Invalid);

        var result = MerchantReply.Body(Merchant, answer, isOrder: true);

        Assert.Equal("merchant.untrusted_answer", result.Error?.Code);
    }

    [Fact]
    public void Body_NoAnswer_FailsAsUnreachable()
    {
        var result = MerchantReply.Body(Merchant, PeerCallResult.Unresolved("down"), isOrder: true);

        Assert.Equal("merchant.unreachable", result.Error?.Code);
    }

    private static PeerCallResult Answer(int status, string body) =>
        PeerCallResult.Answered(status, Encoding.UTF8.GetBytes(body), ResponseSignatureStatus.Absent);
}
