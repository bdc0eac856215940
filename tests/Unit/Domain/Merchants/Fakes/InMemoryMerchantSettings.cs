using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;

namespace OpenCharge.Checkout.UnitTests.Domain.Merchants.Fakes;

internal sealed class InMemoryMerchantSettings : IMerchantSettings
{
    private readonly Dictionary<Ocid, MerchantSettings> _settings = [];

    public Task<MerchantSettings?> FindAsync(Ocid ocid, CancellationToken cancellationToken) => Task.FromResult(_settings.GetValueOrDefault(ocid));

    public void Add(MerchantSettings settings) => _settings.Add(settings.Ocid, settings);
}
