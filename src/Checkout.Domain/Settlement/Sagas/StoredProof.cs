using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>A hop's verified proof as kept: its canonical JSON (what the signature covers), the signature, who issued it.</summary>
public sealed record StoredProof(string Txid, Ocid Issuer, string Json, string Signature);
