using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Transfers;

internal sealed class EfTransfers(CheckoutDbContext db) : ITransfers
{
    public Task<Transfer?> FindAsync(Ocid caller, string fromReference, string toReference, CancellationToken cancellationToken) =>
        db.Set<Transfer>().AsNoTracking()
            .SingleOrDefaultAsync(t => t.Caller == caller && t.FromReference == fromReference && t.ToReference == toReference, cancellationToken);

    public void Add(Transfer transfer) => db.Set<Transfer>().Add(transfer);
}
