using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>
/// How one payment travels. <see cref="Hops"/> lists the remote services in the order they are paid: empty for the
/// paths that settle inside our ledger; [gateway] for a partner reserve; [provider, gateway] for a common provider;
/// [provider, intermediary…, gateway] for a chain. The first hop holds our funds, the last one issues the proof the
/// merchant receives.
/// </summary>
public sealed record SettlementPath(SettlementPathKind Kind, IReadOnlyList<Ocid> Hops)
{
    /// <summary>gaps.md G28: a chain has at most this many two-step hops after the funding provider.</summary>
    public const int MaxChainHops = 3;

    public static readonly SettlementPath Direct = new(SettlementPathKind.Direct, []);

    public static readonly SettlementPath GatewayAccount = new(SettlementPathKind.GatewayAccount, []);

    public static SettlementPath PartnerReserve(Ocid gateway) => new(SettlementPathKind.PartnerReserve, [gateway]);

    public static SettlementPath CommonProvider(Ocid provider, Ocid gateway) => new(SettlementPathKind.CommonProvider, [provider, gateway]);

    public static SettlementPath Chain(IReadOnlyList<Ocid> hops) => new(SettlementPathKind.Chain, hops);

    /// <summary>Whether paying needs calls to other services (a settlement saga) rather than one ledger transaction.</summary>
    public bool IsRemote => Hops.Count > 0;

    /// <summary>Where we hold the funds that pay a remote path.</summary>
    public Ocid? FundingPartner => IsRemote ? Hops[0] : null;

    /// <summary>Who signs the proof the merchant receives on a remote path.</summary>
    public Ocid? FinalIssuer => IsRemote ? Hops[^1] : null;

    public bool Equals(SettlementPath? other) => other is not null && Kind == other.Kind && Hops.SequenceEqual(other.Hops);

    public override int GetHashCode() => Hops.Aggregate(Kind.GetHashCode(), HashCode.Combine);
}
