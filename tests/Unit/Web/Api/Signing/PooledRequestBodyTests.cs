using Microsoft.AspNetCore.Http;

using OpenCharge.Checkout.Web.Api.Signing;

namespace OpenCharge.Checkout.UnitTests.Web.Api.Signing;

public sealed class PooledRequestBodyTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(10_000, false)]
    [InlineData(10_000, true)]
    public async Task ReadAsync_AnyLengthWithOrWithoutContentLength_HoldsTheExactBytes(int length, bool declared)
    {
        var sent = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(sent);
        context.Request.ContentLength = declared ? length : null;

        using var body = await PooledRequestBody.ReadAsync(context.Request, CancellationToken.None);

        Assert.Equal(sent, body.Bytes.ToArray());
    }

    [Fact]
    public async Task AsStream_ReadByModelBinding_GivesTheSameBytesAgain()
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream("{\"order\":{}}"u8.ToArray());
        using var body = await PooledRequestBody.ReadAsync(context.Request, CancellationToken.None);

        using var reader = new StreamReader(body.AsStream());

        Assert.Equal("{\"order\":{}}", await reader.ReadToEndAsync());
    }
}
