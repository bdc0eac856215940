using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Transfers;

public interface ITransfers
{
    Task<Transfer?> FindAsync(Ocid caller, string fromReference, string toReference, CancellationToken cancellationToken);

    /// <summary>Adds to the current unit of work; a second transfer with the same references fails its commit.</summary>
    void Add(Transfer transfer);
}
