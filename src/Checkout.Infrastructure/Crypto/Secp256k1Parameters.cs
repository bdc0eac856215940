using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC.Multiplier;

namespace OpenCharge.Checkout.Infrastructure.Crypto;

/// <summary>
/// The secp256k1 domain, built once: the custom curve (fast field arithmetic, GLV endomorphism) and the comb
/// table the base-point multiplier caches on G are far too costly to rebuild per signature.
/// </summary>
internal static class Secp256k1Parameters
{
    public const int ScalarLength = 32;

    public static readonly ECDomainParameters DomainParameters = new(CustomNamedCurves.GetByName("secp256k1"));

    public static readonly BigInteger HalfN = DomainParameters.N.ShiftRight(1);

    // Stateless; its precomputation lives on G and is shared thread-safely by BouncyCastle.
    public static readonly ECMultiplier BaseMultiplier = new FixedPointCombMultiplier();
}
