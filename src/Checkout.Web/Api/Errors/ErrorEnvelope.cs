using System.Text.Json.Serialization;

namespace OpenCharge.Checkout.Web.Api.Errors;

/// <summary>The wire form <c>{"error":{"code","message","details"}}</c> of errors.md.</summary>
public sealed record ErrorEnvelope([property: JsonPropertyName("error")] ErrorBody Error)
{
    public static ErrorEnvelope From(ProtocolError error) => new(new ErrorBody(error.Code, error.Message, error.Details));
}

public sealed record ErrorBody(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("details")] IReadOnlyDictionary<string, object?>? Details);
