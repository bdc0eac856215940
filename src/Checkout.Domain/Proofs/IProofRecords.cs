using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Proofs;

/// <summary>Every proof we issued or received (<see cref="ProofRecord"/>).</summary>
public interface IProofRecords
{
    /// <summary>Adds the record to the current unit of work; a second record of one (issuer, txid) fails its commit.</summary>
    void Add(ProofRecord record);

    /// <summary>A proof we issued under this txid.</summary>
    Task<ProofRecord?> FindIssuedAsync(string txid, CancellationToken cancellationToken);

    Task<ProofRecord?> FindAsync(Ocid issuer, string txid, CancellationToken cancellationToken);
}
