using System.Text.Json;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

using OpenCharge.Checkout.Web.Api.Errors;

namespace OpenCharge.Checkout.UnitTests.Web.Api.Errors;

public sealed class ProtocolErrorMiddlewareTests
{
    [Fact]
    public async Task Invoke_UnhandledException_Writes500EnvelopeWithCorrelationIdAndNoStackTrace()
    {
        var context = NewContext();
        var middleware = new ProtocolErrorMiddleware(_ => throw new InvalidOperationException("secret internals"), NullLogger<ProtocolErrorMiddleware>.Instance);

        await middleware.InvokeAsync(context);

        Assert.Equal(500, context.Response.StatusCode);
        var body = Body(context);
        Assert.Equal("INTERNAL_ERROR", body.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(context.TraceIdentifier, body.GetProperty("error").GetProperty("details").GetProperty("correlationId").GetString());
        Assert.DoesNotContain("secret internals", body.GetRawText());
    }

    [Fact]
    public async Task Invoke_ExceptionAfterPartialWrite_ReplacesPartialBody()
    {
        var context = NewContext();
        var middleware = new ProtocolErrorMiddleware(async c =>
        {
            await c.Response.WriteAsync("{\"half\":");
            throw new InvalidOperationException("boom");
        }, NullLogger<ProtocolErrorMiddleware>.Instance);

        await middleware.InvokeAsync(context);

        Assert.Equal("INTERNAL_ERROR", Body(context).GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(404, "NOT_FOUND")]
    [InlineData(405, "METHOD_NOT_ALLOWED")]
    [InlineData(415, "UNSUPPORTED_MEDIA_TYPE")]
    public async Task Invoke_BareErrorStatus_WritesEnvelope(int status, string code)
    {
        var context = NewContext();
        var middleware = new ProtocolErrorMiddleware(c =>
        {
            c.Response.StatusCode = status;
            return Task.CompletedTask;
        }, NullLogger<ProtocolErrorMiddleware>.Instance);

        await middleware.InvokeAsync(context);

        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal(code, Body(context).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Invoke_BodyOverLimitByContentLength_Writes413WithoutCallingNext()
    {
        var context = NewContext();
        context.Request.ContentLength = ProtocolErrorMiddleware.MaxRequestBodyBytes + 1;
        var called = false;
        var middleware = new ProtocolErrorMiddleware(_ =>
        {
            called = true;
            return Task.CompletedTask;
        }, NullLogger<ProtocolErrorMiddleware>.Instance);

        await middleware.InvokeAsync(context);

        Assert.False(called);
        Assert.Equal(413, context.Response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", Body(context).GetProperty("error").GetProperty("code").GetString());
    }

    private static DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext { TraceIdentifier = "trace-123" };
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static JsonElement Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return JsonDocument.Parse(context.Response.Body).RootElement.Clone();
    }
}
