using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.Domain.Partners;

/// <summary>
/// A service we have an off-protocol relationship with (settlement.md "Core idea"): what it is to us, how our
/// hosted-checkout proofs to it are addressed, where its redirects may point, the funds we hold there and the
/// currencies in which it may hold a reserve with us.
/// </summary>
public sealed class Partner
{
    public const int MaxNameLength = 200;

    private readonly List<PartnerHolding> _holdings = [];

    private Partner()
    {
    }

    public Ocid Ocid { get; private set; }

    public string Name { get; private set; } = "";

    public PartnerRoles Roles { get; private set; }

    public ProofAddressing ProofAddressing { get; private set; }

    /// <summary>Hosts the partner's redirect URLs may point at (outside sandbox mode).</summary>
    public IReadOnlyList<string> RedirectHosts { get; private set; } = [];

    /// <summary>Currencies in which the partner may hold a reserve with us (debited by its <c>/transfer/create</c>).</summary>
    public IReadOnlyList<Currency> ReserveCurrencies { get; private set; } = [];

    public IReadOnlyList<PartnerHolding> Holdings => _holdings;

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Partner Create(Ocid ocid, string name, PartnerRoles roles, DateTimeOffset now) => new()
    {
        Ocid = ocid,
        Name = name,
        Roles = roles,
        ProofAddressing = ProofAddressing.MerchantOrder,
        UpdatedAt = now,
    };

    public bool Is(PartnerRoles role) => (Roles & role) == role;

    public void Describe(string name, PartnerRoles roles, ProofAddressing addressing, IReadOnlyList<string> redirectHosts, IReadOnlyList<Currency> reserveCurrencies, DateTimeOffset now)
    {
        Name = name;
        Roles = roles;
        ProofAddressing = addressing;
        RedirectHosts = [.. redirectHosts];
        ReserveCurrencies = [.. reserveCurrencies];
        UpdatedAt = now;
    }

    public PartnerHolding? HoldingIn(Currency currency) => _holdings.FirstOrDefault(h => h.Currency == currency);

    /// <summary>Records funds we hold at the partner in a currency, or updates the mirror and threshold of one we have.</summary>
    public PartnerHolding Hold(Currency currency, long mirroredBalanceMinor, long lowBalanceThresholdMinor, DateTimeOffset now)
    {
        var holding = HoldingIn(currency);
        if (holding is null)
        {
            holding = PartnerHolding.Open(Ocid, currency, mirroredBalanceMinor, lowBalanceThresholdMinor);
            _holdings.Add(holding);
        }
        else
        {
            holding.Configure(mirroredBalanceMinor, lowBalanceThresholdMinor);
        }
        UpdatedAt = now;
        return holding;
    }
}
