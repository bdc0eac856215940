namespace OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

/// <summary>What we could tell about a peer's response signature (gaps.md G7: verify when present, never require).</summary>
public enum ResponseSignatureStatus
{
    Absent,
    Verified,
    Invalid,
}
