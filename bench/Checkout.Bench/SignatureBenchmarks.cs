using System.Text;
using System.Text.Json;

using BenchmarkDotNet.Attributes;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.Bench;

/// <summary>
/// The per-request crypto cost: signing and verifying a ~200-byte canonical request, and canonicalising the
/// authentication.md §8.5 order before its signature is checked.
/// </summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private const string OrderJson = """
        {"id":"ord_abc123","ocid":500,"reference":"INV-001","amount":"99.99","currency":"USD","memo":"Order from Merchant Store",
         "items":[{"name":"Product A","quantity":1,"price":"99.99","id":"item_001"}],"accepts":[100,101,102],"expiresAt":1706400000,"createdAt":1706313600}
        """;

    private readonly BouncyCastleSecp256k1 _secp256k1 = new();
    private readonly byte[] _privateKey = Convert.FromHexString("1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef");
    private readonly byte[] _canonicalRequest = Encoding.UTF8.GetBytes(CanonicalRequest.Build(
        "200",
        "1706500000",
        "req_0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "POST",
        "/opencharge/orders/create/session?merchant=500&reference=INV-2024-001",
        BodyHash.Of("""{"amount":"10000.00","currency":"UGX","reference":"ORD-2024-001"}"""u8)));

    private readonly JsonElement _order = ParseOrder();
    private string _publicKey = "";
    private string _signature = "";

    [GlobalSetup]
    public void Setup()
    {
        _publicKey = _secp256k1.DerivePublicKey(_privateKey);
        _signature = _secp256k1.Sign(_privateKey, _canonicalRequest);
    }

    [Benchmark]
    public string Sign() => _secp256k1.Sign(_privateKey, _canonicalRequest);

    [Benchmark]
    public bool Verify() => _secp256k1.Verify(_publicKey, _canonicalRequest, _signature);

    [Benchmark]
    public string CanonicalizeOrder() => CanonicalJson.Canonicalize(_order);

    private static JsonElement ParseOrder()
    {
        using var document = JsonDocument.Parse(OrderJson);
        return document.RootElement.Clone();
    }
}
