using OpenCharge.Checkout.Infrastructure.Crypto;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Crypto;

public sealed class NativeSecp256k1Tests() : Secp256k1ContractTests(new NativeSecp256k1());
