using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

/// <summary>Answers every order with the same snapshot and remembers what it was asked.</summary>
internal sealed class FixedSettlementKnowledge(SettlementKnowledge knowledge) : ISettlementKnowledge
{
    public List<(IReadOnlyList<Ocid> Accepts, Currency Currency)> Requests { get; } = [];

    public Task<SettlementKnowledge> ForOrderAsync(IReadOnlyList<Ocid> accepts, Currency currency, CancellationToken cancellationToken)
    {
        Requests.Add((accepts, currency));
        return Task.FromResult(knowledge);
    }
}
