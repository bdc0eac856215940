using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;

using Secp256k1Net;

namespace OpenCharge.Checkout.Bench;

/// <summary>
/// P2, the per-request crypto cost: signing and verifying a ~200-byte canonical request with each
/// <see cref="ISecp256k1"/> backend side by side, and canonicalising the authentication.md §8.5 order before its
/// signature is checked. Each category's baseline is bare libsecp256k1 on a ready digest, parsed signature and parsed
/// key, measured in the same run, so the Ratio column reads as "times libsecp256k1" (the target is ≤ 1.2 for
/// the native backend).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class SignatureBenchmarks
{
    private const string SignCategory = "Sign";
    private const string VerifyCategory = "Verify";

    private const string OrderJson = """
        {"id":"ord_abc123","ocid":500,"reference":"INV-001","amount":"99.99","currency":"USD","memo":"Order from Merchant Store",
         "items":[{"name":"Product A","quantity":1,"price":"99.99","id":"item_001"}],"accepts":[100,101,102],"expiresAt":1706400000,"createdAt":1706313600}
        """;

    private readonly BouncyCastleSecp256k1 _bouncyCastle = new();
    private readonly NativeSecp256k1 _native = new();
    private readonly Secp256k1 _libsecp256k1 = new();
    private readonly byte[] _privateKey = Convert.FromHexString("1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef");
    private readonly byte[] _canonicalRequest = Encoding.UTF8.GetBytes(CanonicalRequest.Build(
        "200",
        "1706500000",
        "req_0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "POST",
        "/opencharge/orders/create/session?merchant=500&reference=INV-2024-001",
        BodyHash.Of("""{"amount":"10000.00","currency":"UGX","reference":"ORD-2024-001"}"""u8)));

    private readonly JsonElement _order = ParseOrder();
    private readonly byte[] _digest = new byte[32];
    private readonly byte[] _recoverableSignature = new byte[65];
    private readonly byte[] _parsedSignature = new byte[64];
    private readonly byte[] _parsedKey = new byte[64];
    private string _publicKey = "";
    private string _signature = "";
    private ISecp256k1PublicKey? _bouncyCastleKey;
    private ISecp256k1PublicKey? _nativeKey;

    [GlobalSetup]
    public void Setup()
    {
        _publicKey = _native.DerivePublicKey(_privateKey);
        _signature = _native.Sign(_privateKey, _canonicalRequest);
        _bouncyCastleKey = _bouncyCastle.DecodePublicKey(_publicKey);
        _nativeKey = _native.DecodePublicKey(_publicKey);

        SHA256.HashData(_canonicalRequest, _digest);
        _libsecp256k1.EcPubkeyCreate(_parsedKey, _privateKey);
        _libsecp256k1.EcdsaSignatureParseCompact(_parsedSignature, Convert.FromHexString(_signature[..128]));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _native.Dispose();
        _libsecp256k1.Dispose();
    }

    [Benchmark(Baseline = true, Description = "libsecp256k1 sign (digest ready)")]
    [BenchmarkCategory(SignCategory)]
    public bool SignLibsecp256k1() => _libsecp256k1.EcdsaSignRecoverable(_recoverableSignature, _digest, _privateKey);

    [Benchmark(Description = "BouncyCastle Sign")]
    [BenchmarkCategory(SignCategory)]
    public string SignBouncyCastle() => _bouncyCastle.Sign(_privateKey, _canonicalRequest);

    [Benchmark(Description = "Native Sign")]
    [BenchmarkCategory(SignCategory)]
    public string SignNative() => _native.Sign(_privateKey, _canonicalRequest);

    [Benchmark(Baseline = true, Description = "libsecp256k1 verify (all parsed)")]
    [BenchmarkCategory(VerifyCategory)]
    public bool VerifyLibsecp256k1() => _libsecp256k1.EcdsaVerify(_parsedSignature, _digest, _parsedKey);

    [Benchmark(Description = "BouncyCastle Verify, hex key")]
    [BenchmarkCategory(VerifyCategory)]
    public bool VerifyBouncyCastle() => _bouncyCastle.Verify(_publicKey, _canonicalRequest, _signature);

    [Benchmark(Description = "BouncyCastle Verify, decoded key")]
    [BenchmarkCategory(VerifyCategory)]
    public bool VerifyBouncyCastleDecodedKey() => _bouncyCastle.Verify(_bouncyCastleKey!, _canonicalRequest, _signature);

    [Benchmark(Description = "Native Verify, hex key")]
    [BenchmarkCategory(VerifyCategory)]
    public bool VerifyNative() => _native.Verify(_publicKey, _canonicalRequest, _signature);

    [Benchmark(Description = "Native Verify, decoded key")]
    [BenchmarkCategory(VerifyCategory)]
    public bool VerifyNativeDecodedKey() => _native.Verify(_nativeKey!, _canonicalRequest, _signature);

    [Benchmark(Baseline = true, Description = "Canonicalize §8.5 order")]
    [BenchmarkCategory("Canonicalize")]
    public string CanonicalizeOrder() => CanonicalJson.Canonicalize(_order);

    private static JsonElement ParseOrder()
    {
        using var document = JsonDocument.Parse(OrderJson);
        return document.RootElement.Clone();
    }
}
