using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.Domain.Webhooks;

/// <summary>
/// A proof a merchant asks for to try its webhook (docs/decisions.md, "Test proofs"). Nothing in it can pass for
/// money: the amount is 0.00 in XTS, the ISO 4217 code reserved for testing; the txid starts <c>octest_</c>; both
/// references say <c>test_proof</c>; and it is never recorded as a proof, so our <c>/verify</c> answers 404
/// TXID_NOT_FOUND for it. Its signature is real, so a receiver can check its verification code path.
/// </summary>
public static class TestProof
{
    public const string TxidPrefix = "octest_";
    public const string Amount = "0.00";
    public const string Currency = "XTS";
    public const string Reference = "test_proof";
    public const string Memo = "Test proof from the merchant portal: not a payment.";

    public static bool IsTestTxid(string txid) => txid.StartsWith(TxidPrefix, StringComparison.Ordinal);

    public static TransactionProof For(Ocid issuer, Ocid merchant, DateTimeOffset now) => new(
        TxidPrefix + Guid.CreateVersion7().ToString("N"),
        issuer,
        new ProofParty(issuer, Reference),
        new ProofParty(merchant, Reference),
        Amount,
        Currency,
        now)
    {
        Memo = Memo,
    };
}
