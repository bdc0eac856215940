using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Proofs;

internal sealed class EfProofRecords(CheckoutDbContext db, IProtocolSigner us) : IProofRecords
{
    public void Add(ProofRecord record) => db.Set<ProofRecord>().Add(record);

    public Task<ProofRecord?> FindIssuedAsync(string txid, CancellationToken cancellationToken) => FindAsync(us.Ocid, txid, cancellationToken);

    public Task<ProofRecord?> FindAsync(Ocid issuer, string txid, CancellationToken cancellationToken) =>
        db.Set<ProofRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Issuer == issuer && r.Txid == txid, cancellationToken);
}
