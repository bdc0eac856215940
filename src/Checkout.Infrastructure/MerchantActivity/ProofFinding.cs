namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// What one check of the verify-a-proof tool found. The page words it in the reader's language with
/// <see cref="ProofCheckResult.Values"/> filled in, in the order each member lists them.
/// </summary>
public enum ProofFinding
{
    /// <summary>Not a proof envelope; values: the reader's problem (protocol field names, as the webhook answers it).</summary>
    NotAnEnvelope,

    /// <summary>The proof pasted on its own is not JSON.</summary>
    ProofNotJson,

    /// <summary>Values: txid, issuer OCID.</summary>
    Read,

    /// <summary>An earlier check could not read the proof.</summary>
    ProofUnread,

    /// <summary>Values: issuer OCID, its registered name.</summary>
    IssuerFound,

    /// <summary>Values: issuer OCID, why its metadata could not be fetched (as the registry client says it).</summary>
    IssuerUnavailable,

    /// <summary>Values: issuer OCID.</summary>
    IssuerUnknown,

    IssuerKeyUnknown,

    /// <summary>Values: issuer OCID.</summary>
    SignedByPublishedKey,

    CoversCanonicalJson,

    /// <summary>Values: issuer OCID. The key made the signature, over the wrong bytes.</summary>
    MadeByPublishedKey,

    CoversJsonAsWritten,

    /// <summary>Values: the protocol error code of the refusal.</summary>
    SignatureRefused,

    NoSignatureToCompare,

    /// <summary>Values: the proof's value.</summary>
    NothingToCompare,

    /// <summary>Values: the proof's value.</summary>
    AsExpected,

    /// <summary>Values: the proof's value, the expected value.</summary>
    Differs,

    /// <summary>Values: the OCID the proof pays.</summary>
    NotYourMerchant,

    /// <summary>Values: the OCID the proof pays, its reference, the order given.</summary>
    OtherReference,

    /// <summary>Values: the OCID the proof pays.</summary>
    PaysYou,

    /// <summary>Values: the OCID the proof pays, its reference.</summary>
    PaysYouWithReference,
}
