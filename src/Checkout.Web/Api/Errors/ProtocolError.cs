namespace OpenCharge.Checkout.Web.Api.Errors;

/// <summary>One protocol error: the HTTP status and the envelope's code, message and optional details (errors.md).</summary>
public sealed record ProtocolError(int Status, string Code, string Message, IReadOnlyDictionary<string, object?>? Details = null);
