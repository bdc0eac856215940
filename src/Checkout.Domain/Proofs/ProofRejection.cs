namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>A proof refused with an error envelope (endpoints.md B5): HTTP status, code and message.</summary>
public sealed record ProofRejection(int Status, string Code, string Message)
{
    public static ProofRejection InvalidProof(string message) => new(400, "INVALID_PROOF", message);

    public static ProofRejection IssuerNotAccepted(string message) => new(400, "ISSUER_NOT_ACCEPTED", message);

    public static ProofRejection SignatureInvalid(string message) => new(400, "PROOF_SIGNATURE_INVALID", message);

    /// <summary>The merchant pages answer a currency mismatch with this code too (errors.md §1).</summary>
    public static ProofRejection AmountMismatch(string message) => new(400, "AMOUNT_MISMATCH", message);

    public static ProofRejection CurrencyMismatch(string message) => new(400, "CURRENCY_MISMATCH", message);

    public static ProofRejection MetadataUnavailable(string message) => new(502, "METADATA_UNAVAILABLE", message);
}
