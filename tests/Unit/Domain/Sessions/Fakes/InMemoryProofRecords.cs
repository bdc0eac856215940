using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

internal sealed class InMemoryProofRecords : IProofRecords
{
    private readonly List<ProofRecord> _added = [];

    public IReadOnlyList<ProofRecord> Added => _added;

    public void Add(ProofRecord record) => _added.Add(record);

    public Task<ProofRecord?> FindIssuedAsync(string txid, CancellationToken cancellationToken) =>
        Task.FromResult(_added.SingleOrDefault(r => r.Direction == ProofRecordDirection.Issued && r.Txid == txid));

    public Task<ProofRecord?> FindAsync(Ocid issuer, string txid, CancellationToken cancellationToken) =>
        Task.FromResult(_added.SingleOrDefault(r => r.Issuer == issuer && r.Txid == txid));
}
