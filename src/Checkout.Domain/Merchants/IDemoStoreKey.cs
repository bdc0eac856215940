using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>
/// Sandbox only: the Demo Store's key, so a newcomer can claim the Demo Store's OCID in one click. Registered only
/// when the app runs in sandbox mode, so a production deployment has no key to sign with.
/// </summary>
public interface IDemoStoreKey
{
    Ocid Ocid { get; }

    /// <summary>130-hex signature of SHA-256 of the challenge text, as a merchant's own tool would make it.</summary>
    string SignChallenge(string text);
}
