using System.Text;

using OpenCharge.Checkout.Sandbox.Pos;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Pos;

public sealed class WalletOrderResponseReaderTests
{
    private const string OrderId = "ord_0123456789abcdef01234567";

    [Fact]
    public void Read_DocumentedResponse_ReturnsAcceptedWithTheStatusUrl()
    {
        var answer = Read(200, """{"urls":{"status":"http://127.0.0.1:5080/opencharge/orders/ord_0123456789abcdef01234567/status?merchant=9001"}}""");

        Assert.Equal(new WalletOrderAnswer.Accepted(OrderId, new Uri("http://127.0.0.1:5080/opencharge/orders/ord_0123456789abcdef01234567/status?merchant=9001")), answer);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"urls":{"status":"/orders/x/status"}}""")]
    [InlineData("""{"urls":{"status":"javascript:alert(1)"}}""")]
    [InlineData("""{"urls":"https://pg.example/status"}""")]
    public void Read_NoUsableStatusUrl_RefusesWithInvalidResponse(string body)
    {
        var answer = Read(200, body);

        Assert.Equal("INVALID_RESPONSE", Assert.IsType<WalletOrderAnswer.Refused>(answer).Code);
    }

    [Fact]
    public void Read_ErrorEnvelope_ReturnsItsCodeAndMessage()
    {
        var answer = Read(410, """{"error":{"code":"SESSION_USED","message":"This QR already took an order."}}""");

        Assert.Equal(new WalletOrderAnswer.Refused("SESSION_USED", "This QR already took an order."), answer);
    }

    [Theory]
    [InlineData(502, "<html>Bad gateway</html>", "HTTP_502")]
    [InlineData(500, "[1,2]", "HTTP_500")]
    [InlineData(404, """{"message":"no envelope"}""", "HTTP_404")]
    public void Read_NoEnvelope_RefusesWithTheHttpStatus(int status, string body, string code)
    {
        var answer = Read(status, body);

        Assert.Equal(code, Assert.IsType<WalletOrderAnswer.Refused>(answer).Code);
    }

    private static WalletOrderAnswer Read(int status, string body) => WalletOrderResponseReader.Read(OrderId, status, Encoding.UTF8.GetBytes(body));
}
