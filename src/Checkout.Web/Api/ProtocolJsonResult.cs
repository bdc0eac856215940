using System.Text.Json;

using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Web.Api.Errors;

namespace OpenCharge.Checkout.Web.Api;

/// <summary>
/// A protocol answer: always JSON, so it is written straight with MVC's own JSON options, the bytes MVC's output
/// formatter writes, without the content negotiation and formatter selection a protocol answer never needs (about 2 %
/// of a signed create's CPU, issue 11). It stays an <see cref="ObjectResult"/>, so the idempotency filter stores it
/// like any other answer.
/// </summary>
public sealed class ProtocolJsonResult : ObjectResult
{
    private const string ContentType = "application/json; charset=utf-8";

    private ProtocolJsonResult(object value, int status)
        : base(value) => StatusCode = status;

    /// <summary>The answer to a call that gives either a response or a protocol error.</summary>
    public static ProtocolJsonResult Of(object? response, ProtocolError? error) =>
        error is null
            ? new(response ?? throw new ArgumentNullException(nameof(response), "A call without an error gives a response."), StatusCodes.Status200OK)
            : new(ErrorEnvelope.From(error), error.Status);

    public override Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var json = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        response.StatusCode = StatusCode ?? StatusCodes.Status200OK;
        response.ContentType = ContentType;
        return response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(Value, Value!.GetType(), json), context.HttpContext.RequestAborted).AsTask();
    }
}
