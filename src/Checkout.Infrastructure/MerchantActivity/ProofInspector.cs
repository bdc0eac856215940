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
            return Task.FromResult(ShapeFailed("The proof is not JSON."));
        }
        // Kept as written, not re-serialised: the canonical-bytes check compares against exactly what was pasted.
        var envelope = $"{{\"proof\":{proof},\"signature\":{JsonSerializer.Serialize(signature.Trim())}}}";
        return InspectAsync(userId, Encoding.UTF8.GetBytes(envelope), expected, cancellationToken);
    }

    private async Task<ProofInspection> InspectAsync(string userId, byte[] body, ProofExpectations expected, CancellationToken cancellationToken)
    {
        if (!ProofEnvelopeReader.TryRead(body, out var envelope, out var problem))
        {
            return ShapeFailed(problem);
        }
        var proof = envelope.Proof;
        var canonical = Encoding.UTF8.GetString(proof.CanonicalBytes);
        var checks = new List<ProofCheckResult> { new(ProofCheck.Shape, CheckOutcome.Passed, $"txid {proof.Txid}, issuer {proof.Issuer}.") };
        var issuer = await peers.FindAsync(proof.Issuer, refresh: false, cancellationToken);
        checks.Add(IssuerCheck(proof.Issuer, issuer));
        checks.AddRange(issuer is PeerLookup.Found found
            ? await SignatureChecksAsync(envelope, found.Metadata, cancellationToken)
            : [NotChecked(ProofCheck.Key, "The issuer's key is unknown."), NotChecked(ProofCheck.CanonicalBytes, "The issuer's key is unknown.")]);
        checks.Add(Compare(ProofCheck.Amount, proof.Amount, expected.Amount));
        checks.Add(Compare(ProofCheck.Currency, proof.Currency, expected.Currency));
        checks.Add(await ToCheckAsync(userId, proof, expected.OrderReference, cancellationToken));
        return new ProofInspection(checks, canonical);
    }

    private static ProofCheckResult IssuerCheck(Ocid issuer, PeerLookup lookup) => lookup switch
    {
        PeerLookup.Found found => new(ProofCheck.Issuer, CheckOutcome.Passed, $"OCID {issuer} is {found.Metadata.Name}; its metadata was fetched from the registry."),
        PeerLookup.Unavailable unavailable => new(ProofCheck.Issuer, CheckOutcome.Failed, $"OCID {issuer} is in the registry but its metadata could not be fetched: {unavailable.Reason}"),
        _ => new(ProofCheck.Issuer, CheckOutcome.Failed, $"OCID {issuer} is not in the registry."),
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
                new(ProofCheck.Key, CheckOutcome.Passed, $"Signed by the published key of OCID {issuer.Ocid}."),
                new(ProofCheck.CanonicalBytes, CheckOutcome.Passed, "The signature covers the canonical JSON shown below."),
            ];
        }
        // A signer that hashed the JSON as written rather than its canonical form is a common mistake worth naming.
        if (envelope.Proof.Json.Length > 0 && secp256k1.VerifyByPeer(issuer, Encoding.UTF8.GetBytes(envelope.Proof.Json), envelope.Signature))
        {
            return
            [
                new(ProofCheck.Key, CheckOutcome.Passed, $"Made by the published key of OCID {issuer.Ocid}."),
                new(ProofCheck.CanonicalBytes, CheckOutcome.Failed, "The signature covers the proof as written, not its canonical JSON (authentication.md §7): sign the canonical string shown below."),
            ];
        }
        return [new(ProofCheck.Key, CheckOutcome.Failed, rejection.Message), NotChecked(ProofCheck.CanonicalBytes, "No signature by the issuer's key to compare.")];
    }

    private static ProofCheckResult Compare(ProofCheck check, string actual, string? expected) => expected switch
    {
        null or "" => NotChecked(check, $"The proof says \"{actual}\"; nothing given to compare with."),
        _ when string.Equals(actual, expected.Trim(), StringComparison.Ordinal) => new(check, CheckOutcome.Passed, $"\"{actual}\" as expected."),
        _ => new(check, CheckOutcome.Failed, $"The proof says \"{actual}\", expected \"{expected.Trim()}\" (compared as exact strings)."),
    };

    private async Task<ProofCheckResult> ToCheckAsync(string userId, TransferProof proof, string? orderReference, CancellationToken cancellationToken)
    {
        if (!await claims.OwnsAsync(userId, proof.To, cancellationToken))
        {
            return new(ProofCheck.To, CheckOutcome.Failed, $"The proof pays OCID {proof.To}, which is not one of your merchants.");
        }
        if (!string.IsNullOrWhiteSpace(orderReference) && !string.Equals(proof.ToReference, orderReference.Trim(), StringComparison.Ordinal))
        {
            return new(ProofCheck.To, CheckOutcome.Failed, $"The proof pays OCID {proof.To} reference \"{proof.ToReference}\", not order \"{orderReference.Trim()}\".");
        }
        return new(ProofCheck.To, CheckOutcome.Passed, $"Pays your OCID {proof.To}" + (proof.ToReference is null ? "." : $", reference \"{proof.ToReference}\"."));
    }

    private static ProofCheckResult NotChecked(ProofCheck check, string why) => new(check, CheckOutcome.NotChecked, why);

    private static ProofInspection ShapeFailed(string problem) =>
        new([new(ProofCheck.Shape, CheckOutcome.Failed, problem), .. Enum.GetValues<ProofCheck>().Skip(1).Select(c => NotChecked(c, "The proof could not be read."))], null);
}
