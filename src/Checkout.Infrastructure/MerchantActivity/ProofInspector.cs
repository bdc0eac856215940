using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Proofs;

namespace OpenCharge.Checkout.Infrastructure.MerchantActivity;

/// <summary>
/// The merchant's verify-a-proof tool. It reads the envelope as our webhook does (<see cref="ProofEnvelopeReader"/>),
/// checks the signature with the one <see cref="ProofVerifier"/>, and runs every other check even after one fails,
/// so the merchant sees each problem at once; checks that depend on a failed one are marked not checked.
/// </summary>
public sealed class ProofInspector(IPeerDirectory peers, ProofVerifier verifier, ISecp256k1 secp256k1, IMerchantClaims claims)
{
    /// <summary>Inspects a whole <c>{"proof": …, "signature": "…"}</c> text.</summary>
    public Task<ProofInspection> InspectAsync(string userId, string envelope, ProofExpectations expected, CancellationToken cancellationToken) =>
        InspectAsync(userId, Encoding.UTF8.GetBytes(envelope), expected, cancellationToken);

    /// <summary>Inspects a proof object and its signature pasted separately.</summary>
    public Task<ProofInspection> InspectAsync(string userId, string proof, string signature, ProofExpectations expected, CancellationToken cancellationToken)
    {
        try
        {
            using var parsed = JsonDocument.Parse(proof);
        }
        catch (JsonException)
        {
            return Task.FromResult(ShapeFailed(ProofFinding.ProofNotJson));
        }
        // Kept as written, not re-serialised: the canonical-bytes check compares against exactly what was pasted.
        var envelope = $"{{\"proof\":{proof},\"signature\":{JsonSerializer.Serialize(signature.Trim())}}}";
        return InspectAsync(userId, Encoding.UTF8.GetBytes(envelope), expected, cancellationToken);
    }

    private async Task<ProofInspection> InspectAsync(string userId, byte[] body, ProofExpectations expected, CancellationToken cancellationToken)
    {
        if (!ProofEnvelopeReader.TryRead(body, out var envelope, out var problem))
        {
            return ShapeFailed(ProofFinding.NotAnEnvelope, problem);
        }
        var proof = envelope.Proof;
        var canonical = Encoding.UTF8.GetString(proof.CanonicalBytes);
        var checks = new List<ProofCheckResult> { new(ProofCheck.Shape, CheckOutcome.Passed, ProofFinding.Read, proof.Txid, proof.Issuer.ToString()) };
        var issuer = await peers.FindAsync(proof.Issuer, refresh: false, cancellationToken);
        checks.Add(IssuerCheck(proof.Issuer, issuer));
        checks.AddRange(issuer is PeerLookup.Found found
            ? await SignatureChecksAsync(envelope, found.Metadata, cancellationToken)
            : [NotChecked(ProofCheck.Key, ProofFinding.IssuerKeyUnknown), NotChecked(ProofCheck.CanonicalBytes, ProofFinding.IssuerKeyUnknown)]);
        checks.Add(Compare(ProofCheck.Amount, proof.Amount, expected.Amount));
        checks.Add(Compare(ProofCheck.Currency, proof.Currency, expected.Currency));
        checks.Add(await ToCheckAsync(userId, proof, expected.OrderReference, cancellationToken));
        return new ProofInspection(checks, canonical);
    }

    private static ProofCheckResult IssuerCheck(Ocid issuer, PeerLookup lookup) => lookup switch
    {
        PeerLookup.Found found => new(ProofCheck.Issuer, CheckOutcome.Passed, ProofFinding.IssuerFound, issuer.ToString(), found.Metadata.Name),
        PeerLookup.Unavailable unavailable => new(ProofCheck.Issuer, CheckOutcome.Failed, ProofFinding.IssuerUnavailable, issuer.ToString(), unavailable.Reason),
        _ => new(ProofCheck.Issuer, CheckOutcome.Failed, ProofFinding.IssuerUnknown, issuer.ToString()),
    };

    private async Task<ProofCheckResult[]> SignatureChecksAsync(ProofEnvelope envelope, PeerMetadata issuer, CancellationToken cancellationToken)
    {
        // Only the signature is in question here: the issuer is taken as caller, accepted, and the proof's own recipient.
        var policy = new ProofPolicy(new HashSet<Ocid> { issuer.Ocid }, new HashSet<Ocid> { envelope.Proof.To }, ReferenceMayBeSession: true);
        var rejection = await verifier.VerifyAsync(envelope, issuer.Ocid, policy, cancellationToken);
        if (rejection is null)
        {
            return
            [
                new(ProofCheck.Key, CheckOutcome.Passed, ProofFinding.SignedByPublishedKey, issuer.Ocid.ToString()),
                new(ProofCheck.CanonicalBytes, CheckOutcome.Passed, ProofFinding.CoversCanonicalJson),
            ];
        }
        // A signer that hashed the JSON as written rather than its canonical form is a common mistake worth naming.
        if (envelope.Proof.Json.Length > 0 && secp256k1.VerifyByPeer(issuer, Encoding.UTF8.GetBytes(envelope.Proof.Json), envelope.Signature))
        {
            return
            [
                new(ProofCheck.Key, CheckOutcome.Passed, ProofFinding.MadeByPublishedKey, issuer.Ocid.ToString()),
                new(ProofCheck.CanonicalBytes, CheckOutcome.Failed, ProofFinding.CoversJsonAsWritten),
            ];
        }
        return [new(ProofCheck.Key, CheckOutcome.Failed, ProofFinding.SignatureRefused, rejection.Code), NotChecked(ProofCheck.CanonicalBytes, ProofFinding.NoSignatureToCompare)];
    }

    private static ProofCheckResult Compare(ProofCheck check, string actual, string? expected) => expected switch
    {
        null or "" => NotChecked(check, ProofFinding.NothingToCompare, actual),
        _ when string.Equals(actual, expected.Trim(), StringComparison.Ordinal) => new(check, CheckOutcome.Passed, ProofFinding.AsExpected, actual),
        _ => new(check, CheckOutcome.Failed, ProofFinding.Differs, actual, expected.Trim()),
    };

    private async Task<ProofCheckResult> ToCheckAsync(string userId, TransferProof proof, string? orderReference, CancellationToken cancellationToken)
    {
        if (!await claims.OwnsAsync(userId, proof.To, cancellationToken))
        {
            return new(ProofCheck.To, CheckOutcome.Failed, ProofFinding.NotYourMerchant, proof.To.ToString());
        }
        if (!string.IsNullOrWhiteSpace(orderReference) && !string.Equals(proof.ToReference, orderReference.Trim(), StringComparison.Ordinal))
        {
            return new(ProofCheck.To, CheckOutcome.Failed, ProofFinding.OtherReference, proof.To.ToString(), proof.ToReference ?? "", orderReference.Trim());
        }
        return proof.ToReference is null
            ? new(ProofCheck.To, CheckOutcome.Passed, ProofFinding.PaysYou, proof.To.ToString())
            : new(ProofCheck.To, CheckOutcome.Passed, ProofFinding.PaysYouWithReference, proof.To.ToString(), proof.ToReference);
    }

    private static ProofCheckResult NotChecked(ProofCheck check, ProofFinding why, params string[] values) => new(check, CheckOutcome.NotChecked, why, values);

    private static ProofInspection ShapeFailed(ProofFinding finding, params string[] values) =>
        new([new(ProofCheck.Shape, CheckOutcome.Failed, finding, values), .. Enum.GetValues<ProofCheck>().Skip(1).Select(c => NotChecked(c, ProofFinding.ProofUnread))], null);
}
