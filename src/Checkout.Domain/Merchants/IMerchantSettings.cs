using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Merchants;

/// <summary>Merchants' own settings, read afresh each time (no cache that could outlive a change).</summary>
public interface IMerchantSettings
{
    Task<MerchantSettings?> FindAsync(Ocid ocid, CancellationToken cancellationToken);

    void Add(MerchantSettings settings);
}
