using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>
/// The Demo Store's settlement choices: for each, the <c>accepts</c> it signs into the order and how a newcomer reads
/// it. Which route our gateway then takes is the path finder's decision (docs/settlement.md); these accepts are chosen
/// so that it takes the route named.
/// </summary>
internal sealed class DemoRoutes(IOptions<SandboxOptions> sandbox, IOptions<OpenchargeOptions> opencharge)
{
    public IReadOnlyList<SettleThrough> Choices { get; } = Enum.GetValues<SettleThrough>();

    public IReadOnlyList<long> AcceptsFor(SettleThrough choice)
    {
        var options = sandbox.Value;
        return choice switch
        {
            SettleThrough.Checkout => [opencharge.Value.Ocid],
            SettleThrough.DemoBank => [options.BankOcid],
            SettleThrough.DemoExchange => [options.ExchangeOcid],
            SettleThrough.DemoSwitch => [options.SwitchOcid],
            _ => options.StoreAccepts is { Count: > 0 } configured ? configured : [options.GatewayOcid],
        };
    }

    /// <summary>Every issuer some order may accept: the store's metadata <c>settlement.accepts</c>.</summary>
    public IReadOnlyList<long> AllAccepts => [.. Choices.SelectMany(AcceptsFor).Distinct().Order()];

    /// <summary>The choice whose accepts an order carries, or null for accepts the store never offers.</summary>
    public SettleThrough? Identify(IReadOnlyList<long> accepts) =>
        Choices.Cast<SettleThrough?>().FirstOrDefault(choice => AcceptsFor(choice!.Value).SequenceEqual(accepts));

    /// <summary>The issuer's name and the route it stands for, e.g. "Demo Bank (partner reserve)".</summary>
    public string Describe(SettleThrough choice)
    {
        var options = sandbox.Value;
        return choice switch
        {
            SettleThrough.Checkout => $"{opencharge.Value.Name} (direct)",
            SettleThrough.DemoBank => $"{options.BankName} (partner reserve)",
            SettleThrough.DemoExchange => $"{options.ExchangeName} (common provider)",
            SettleThrough.DemoSwitch => $"{options.SwitchName} (2-hop chain)",
            _ => $"{options.GatewayName} (gateway account)",
        };
    }

    /// <summary>Who an issuer OCID is, for the order page; null for an OCID that is none of the demo's.</summary>
    public string? NameOf(long issuer) => Choices.Where(c => AcceptsFor(c).SequenceEqual([issuer])).Select(Describe).FirstOrDefault();
}
