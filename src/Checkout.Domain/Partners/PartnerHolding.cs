using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Partners;

/// <summary>
/// Funds we hold at a partner in one currency (settlement.md "Reserves"), mirrored here: the partner's books are the
/// truth, so the mirror only tells which paths can pay and when to top the account up. Every payment through the
/// partner lowers it in the same transaction as the ledger entries; a proof of funds arriving raises it.
/// </summary>
public sealed class PartnerHolding
{
    private PartnerHolding()
    {
    }

    public Guid Id { get; private set; }

    public Ocid PartnerOcid { get; private set; }

    public Currency Currency { get; private set; }

    public long MirroredBalanceMinor { get; private set; }

    /// <summary>Below this the back office warns that the partner needs funding.</summary>
    public long LowBalanceThresholdMinor { get; private set; }

    public uint Version { get; private set; }

    public Money MirroredBalance => new(MirroredBalanceMinor, Currency);

    public bool IsLow => MirroredBalanceMinor < LowBalanceThresholdMinor;

    public static PartnerHolding Open(Ocid partner, Currency currency, long mirroredBalanceMinor, long lowBalanceThresholdMinor) => new()
    {
        Id = Guid.CreateVersion7(),
        PartnerOcid = partner,
        Currency = currency,
        MirroredBalanceMinor = mirroredBalanceMinor,
        LowBalanceThresholdMinor = lowBalanceThresholdMinor,
    };

    public bool Covers(Money amount) => amount.Currency == Currency && MirroredBalanceMinor >= amount.Minor;

    /// <summary>A payment left through this partner. The mirror may go below zero: the partner, not we, decides.</summary>
    public void RecordSpent(Money amount) => MirroredBalanceMinor = checked(MirroredBalanceMinor - RequireSameCurrency(amount).Minor);

    /// <summary>Funds arrived at the partner for us (a proof it issued to us), or the operator recorded a top-up.</summary>
    public void RecordReceived(Money amount) => MirroredBalanceMinor = checked(MirroredBalanceMinor + RequireSameCurrency(amount).Minor);

    public void Configure(long mirroredBalanceMinor, long lowBalanceThresholdMinor)
    {
        MirroredBalanceMinor = mirroredBalanceMinor;
        LowBalanceThresholdMinor = lowBalanceThresholdMinor;
    }

    private Money RequireSameCurrency(Money amount) => amount.Currency == Currency
        ? amount
        : throw new ArgumentException($"A {Currency} holding cannot record {amount}.", nameof(amount));
}
