using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;

namespace OpenCharge.Checkout.Domain.Settlement;

/// <summary>
/// Chooses the cheapest way to put a proof from an accepted issuer in the merchant's hands (settlement.md; docs/settlement.md
/// "Path finder"): direct → gateway account → partner reserve → common provider → chain (gaps.md G28). Among equals the
/// lowest OCIDs win, compared hop by hop, so the same order and knowledge always give the same path whatever the
/// order of the accepts list.
/// </summary>
public static class SettlementPathFinder
{
    /// <summary>
    /// The paths that settle inside our ledger, which need no knowledge of other peers; null when neither applies. An
    /// order that reached us by QR has no calling gateway (null), so the gateway-account path never applies to it.
    /// </summary>
    public static SettlementPath? FindInLedger(Ocid us, Ocid? merchantGateway, IReadOnlyList<Ocid> accepts) =>
        accepts.Contains(us) ? SettlementPath.Direct
        : merchantGateway is { } gateway && accepts.Contains(gateway) ? SettlementPath.GatewayAccount
        : null;

    public static Result<SettlementPath> Find(Ocid us, Ocid? merchantGateway, IReadOnlyList<Ocid> accepts, Money amount, SettlementKnowledge knowledge)
    {
        if (FindInLedger(us, merchantGateway, accepts) is { } inLedger)
        {
            return inLedger;
        }
        var reserve = accepts
            .Where(gateway => gateway != us && knowledge.CanFund(gateway, PartnerRoles.MerchantGateway, amount))
            .OrderBy(gateway => gateway.Value)
            .Select(SettlementPath.PartnerReserve)
            .FirstOrDefault();
        if (reserve is not null)
        {
            return reserve;
        }
        if (ShortestChain(us, accepts, amount, knowledge) is { } hops)
        {
            return hops.Count == 2 ? SettlementPath.CommonProvider(hops[0], hops[1]) : SettlementPath.Chain(hops);
        }
        return new DomainError(
            "settlement.not_supported",
            $"No settlement path reaches an issuer in [{string.Join(", ", accepts)}] for {amount}: neither we ({us}) nor the "
            + $"calling gateway ({merchantGateway?.ToString() ?? "none"}) are accepted, no accepted gateway holds a reserve of ours covering the "
            + $"amount, and no provider holding our funds reaches an accepted gateway in at most {SettlementPath.MaxChainHops} hops.");
    }

    /// <summary>
    /// Breadth-first over hops [provider, intermediary…, gateway]: a peer may follow the previous hop when it takes
    /// two-step payments and accepts that hop's proofs. Every level is built in ascending hop order, so the first
    /// complete chain found is the shortest and, among the shortest, the lowest hop by hop.
    /// </summary>
    private static IReadOnlyList<Ocid>? ShortestChain(Ocid us, IReadOnlyList<Ocid> accepts, Money amount, SettlementKnowledge knowledge)
    {
        var steps = knowledge.Peers
            .Where(peer => peer.Ocid != us && peer.TakesTwoStepPayments)
            .OrderBy(peer => peer.Ocid.Value)
            .ToList();
        List<List<Ocid>> level = [.. knowledge.Partners
            .Where(p => p.Ocid != us && knowledge.CanFund(p.Ocid, PartnerRoles.SettlementProvider, amount))
            .OrderBy(p => p.Ocid.Value)
            .Select(p => new List<Ocid> { p.Ocid })];
        for (var hop = 1; hop <= SettlementPath.MaxChainHops && level.Count > 0; hop++)
        {
            List<List<Ocid>> next = [];
            foreach (var chain in level)
            {
                foreach (var step in steps.Where(s => s.Accepts.Contains(chain[^1]) && !chain.Contains(s.Ocid)))
                {
                    List<Ocid> longer = [.. chain, step.Ocid];
                    if (accepts.Contains(step.Ocid))
                    {
                        return longer;
                    }
                    next.Add(longer);
                }
            }
            level = next;
        }
        return null;
    }
}
