using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>
/// A signed <c>{ proof, signature }</c> webhook body. By default: issued by OCID 200 with <see cref="IssuerKey"/>,
/// paying 12.50 USD to merchant 9001 for order <c>ord_1</c>.
/// </summary>
internal sealed class ProofBuilder
{
    public static readonly byte[] IssuerKey = Convert.FromHexString("1111111111111111111111111111111111111111111111111111111111111111");
    public static readonly byte[] OtherKey = Convert.FromHexString("2222222222222222222222222222222222222222222222222222222222222222");

    private static readonly BouncyCastleSecp256k1 Secp256k1 = new();

    private long _issuer = 200;
    private long _to = 9001;
    private string? _reference = "ord_1";
    private string _amount = "12.50";
    private string _currency = "USD";
    private string _txid = "pg_tx_1";
    private byte[] _key = IssuerKey;
    private Action<JsonObject>? _tamper;

    public static string PublicKeyOf(byte[] privateKey) => Secp256k1.DerivePublicKey(privateKey);

    public ProofBuilder IssuedBy(long issuer)
    {
        _issuer = issuer;
        return this;
    }

    public ProofBuilder To(long ocid, string? reference)
    {
        _to = ocid;
        _reference = reference;
        return this;
    }

    public ProofBuilder Paying(string amount, string currency)
    {
        _amount = amount;
        _currency = currency;
        return this;
    }

    public ProofBuilder WithTxid(string txid)
    {
        _txid = txid;
        return this;
    }

    public ProofBuilder SignedWith(byte[] privateKey)
    {
        _key = privateKey;
        return this;
    }

    /// <summary>Changes the proof after it was signed, as a forger would.</summary>
    public ProofBuilder TamperedAfterSigning(Action<JsonObject> tamper)
    {
        _tamper = tamper;
        return this;
    }

    public byte[] Build()
    {
        var to = new JsonObject { ["ocid"] = _to };
        if (_reference is not null)
        {
            to["reference"] = _reference;
        }
        var proof = new JsonObject
        {
            ["txid"] = _txid,
            ["issuer"] = _issuer,
            ["from"] = new JsonObject { ["ocid"] = _issuer, ["reference"] = "pay_42" },
            ["to"] = to,
            ["amount"] = _amount,
            ["currency"] = _currency,
            ["timestamp"] = 1_706_500_500,
        };
        var canonical = CanonicalJson.Canonicalize(JsonSerializer.SerializeToElement(proof));
        var signature = Secp256k1.Sign(_key, Encoding.UTF8.GetBytes(canonical));
        _tamper?.Invoke(proof);
        return Encoding.UTF8.GetBytes(new JsonObject { ["proof"] = proof, ["signature"] = signature }.ToJsonString());
    }
}
