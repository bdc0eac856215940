using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Settlement;

namespace OpenCharge.Checkout.UnitTests.Domain.Transfers;

/// <summary>One pending settlement awaiting one proof, as the settlement saga would register it; takes it once.</summary>
internal sealed class AwaitingSettlement(AwaitedProof awaited) : IAwaitedProofs
{
    private readonly List<ProofEnvelope> _taken = [];

    public IReadOnlyList<ProofEnvelope> Taken => _taken;

    public Task<AwaitedProof?> FindAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(reference == awaited.Reference ? awaited : null);

    public Task<bool> AcceptAsync(AwaitedProof proof, ProofEnvelope envelope, CancellationToken cancellationToken)
    {
        var first = _taken.Count == 0;
        if (first)
        {
            _taken.Add(envelope);
        }
        return Task.FromResult(first);
    }
}
