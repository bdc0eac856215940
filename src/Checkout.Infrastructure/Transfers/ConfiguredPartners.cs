using System.Collections.Concurrent;

using Microsoft.Extensions.Configuration;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Infrastructure.Transfers;

/// <summary>
/// The partners of <c>Opencharge:Partners:{ocid}</c> (Name, Roles, ReserveCurrencies) read straight from
/// configuration, for a process where no persisted <see cref="IPartners"/> is registered: it is added only if none is.
/// It mirrors no holdings, so crediting through it never moves a holding's mirror.
/// </summary>
internal sealed class ConfiguredPartners(IConfiguration configuration, TimeProvider time) : IPartners
{
    private readonly ConcurrentDictionary<Ocid, Partner> _added = new();

    public Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken)
    {
        var configured = Section().GetChildren()
            .Select(child => Ocid.TryParse(child.Key, out var ocid) ? Read(ocid, child) : null)
            .OfType<Partner>();
        return Task.FromResult<IReadOnlyList<Partner>>([.. configured.Concat(_added.Values).DistinctBy(p => p.Ocid)]);
    }

    public Task<Partner?> FindAsync(Ocid ocid, CancellationToken cancellationToken)
    {
        var child = Section().GetSection(ocid.ToString());
        return Task.FromResult(_added.GetValueOrDefault(ocid) ?? (child.Exists() ? Read(ocid, child) : null));
    }

    public Task<PartnerHolding?> LockHoldingAsync(Ocid partner, Currency currency, CancellationToken cancellationToken) =>
        Task.FromResult<PartnerHolding?>(null);

    public void Add(Partner partner) => _added[partner.Ocid] = partner;

    private IConfigurationSection Section() => configuration.GetSection($"{OpenchargeOptions.Section}:Partners");

    private Partner Read(Ocid ocid, IConfigurationSection section)
    {
        var now = time.GetUtcNow();
        var roles = Enum.TryParse<PartnerRoles>(section["Roles"], ignoreCase: true, out var parsedRoles) ? parsedRoles : PartnerRoles.None;
        var partner = Partner.Create(ocid, section["Name"] ?? $"OCID {ocid}", roles, now);
        var currencies = section.GetSection("ReserveCurrencies").GetChildren()
            .Select(c => Currency.TryParse(c.Value, out var currency) ? currency : (Currency?)null)
            .OfType<Currency>()
            .ToArray();
        var addressing = Enum.TryParse<ProofAddressing>(section["ProofAddressing"], ignoreCase: true, out var parsedAddressing) ? parsedAddressing : ProofAddressing.MerchantOrder;
        var hosts = section.GetSection("RedirectHosts").GetChildren().Select(c => c.Value).OfType<string>().ToArray();
        partner.Describe(partner.Name, roles, addressing, hosts, currencies, now);
        return partner;
    }
}
