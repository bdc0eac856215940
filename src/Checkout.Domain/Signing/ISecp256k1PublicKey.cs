namespace OpenCharge.Checkout.Domain.Signing;

/// <summary>
/// A public key that an <see cref="ISecp256k1"/> backend decoded once, so that the many verifies made with a peer's
/// key (each request it signs) skip decoding it again. Only the backend that decoded it can use it.
/// </summary>
public interface ISecp256k1PublicKey
{
    /// <summary>The key as it was published, in whichever accepted form.</summary>
    string Published { get; }
}
