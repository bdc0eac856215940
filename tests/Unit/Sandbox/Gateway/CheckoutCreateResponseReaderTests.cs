using System.Text;

using OpenCharge.Checkout.Sandbox.Gateway;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Gateway;

public sealed class CheckoutCreateResponseReaderTests
{
    [Fact]
    public void Read_DocumentedResponse_ReturnsStarted()
    {
        var start = Read(200, """{"checkout_url":"https://pay.example/pay/sess_1","session_id":"sess_1","expires_at":1706400000}""");

        Assert.Equal(new CheckoutStart.Started(new Uri("https://pay.example/pay/sess_1"), "sess_1", 1706400000), start);
    }

    [Fact]
    public void Read_CamelCaseResponse_ReturnsStarted()
    {
        var start = Read(200, """{"checkoutUrl":"http://127.0.0.1:5080/pay/sess_1","sessionId":"sess_1"}""");

        Assert.Equal(new CheckoutStart.Started(new Uri("http://127.0.0.1:5080/pay/sess_1"), "sess_1", null), start);
    }

    [Theory]
    [InlineData("""{"session_id":"sess_1"}""")]
    [InlineData("""{"checkout_url":"/pay/sess_1","session_id":"sess_1"}""")]
    [InlineData("""{"checkout_url":"javascript:alert(1)","session_id":"sess_1"}""")]
    public void Read_NoUsableCheckoutUrl_FailsWithInvalidResponse(string body)
    {
        var start = Read(200, body);

        Assert.Equal("INVALID_RESPONSE", Assert.IsType<CheckoutStart.Failed>(start).Code);
    }

    [Fact]
    public void Read_ErrorEnvelope_ReturnsItsCodeAndMessage()
    {
        var start = Read(400, """{"error":{"code":"INVALID_SIGNATURE","message":"Order signature does not verify."}}""");

        Assert.Equal(new CheckoutStart.Failed("INVALID_SIGNATURE", "Order signature does not verify."), start);
    }

    [Theory]
    [InlineData(502, "<html>Bad gateway</html>")]
    [InlineData(500, """{"error":"boom"}""")]
    public void Read_ErrorWithoutEnvelope_ReportsTheHttpStatus(int status, string body)
    {
        var start = Read(status, body);

        Assert.Equal($"HTTP_{status}", Assert.IsType<CheckoutStart.Failed>(start).Code);
    }

    private static CheckoutStart Read(int status, string body) => CheckoutCreateResponseReader.Read(status, Encoding.UTF8.GetBytes(body));
}
