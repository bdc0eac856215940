using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Crypto;

public sealed class BouncyCastleSecp256k1Tests() : Secp256k1ContractTests(new BouncyCastleSecp256k1());
