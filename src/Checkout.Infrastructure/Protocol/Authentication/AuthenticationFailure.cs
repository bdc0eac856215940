namespace OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

/// <summary>Why a signed request was refused (authentication.md §5, errors.md §3).</summary>
public enum AuthenticationFailure
{
    InvalidSignature,
    TimestampExpired,
    NonceReused,
    UnknownOcid,
    MetadataUnavailable,
}
