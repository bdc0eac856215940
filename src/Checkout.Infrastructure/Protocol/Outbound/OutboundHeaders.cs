namespace OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

/// <summary>The authentication headers of authentication.md §2 and §4.</summary>
public static class OutboundHeaders
{
    public const string Ocid = "X-OC-ID";
    public const string Timestamp = "X-OC-Timestamp";
    public const string Nonce = "X-OC-Nonce";
    public const string Signature = "X-OC-Signature";
}
