namespace OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

/// <summary>A peer's answer (status, raw body, response-signature check), or why there was none to ask.</summary>
public sealed record PeerCallResult(int? StatusCode, byte[] Body, ResponseSignatureStatus Signature, string? Problem)
{
    public static PeerCallResult Answered(int statusCode, byte[] body, ResponseSignatureStatus signature) => new(statusCode, body, signature, null);

    public static PeerCallResult Unresolved(string problem) => new(null, [], ResponseSignatureStatus.Absent, problem);
}
