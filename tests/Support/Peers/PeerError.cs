using Microsoft.AspNetCore.Http;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>The protocol's error envelope <c>{"error":{"code","message"}}</c> with its status (errors.md).</summary>
public sealed record PeerError(int Status, string Code, string Message)
{
    public IResult ToResult() =>
        Results.Json(new { error = new { code = Code, message = Message } }, statusCode: Status);

    public static PeerError Invalid(string message) => new(StatusCodes.Status400BadRequest, "INVALID_REQUEST", message);
}
