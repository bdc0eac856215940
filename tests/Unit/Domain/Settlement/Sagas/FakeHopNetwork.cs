using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Settlement.Sagas;

/// <summary>
/// Honest hops behind <see cref="ISettlementPeers"/>: each answers as endpoints.md C2–C4 and C6 say, with proofs
/// really signed by the hop's key (<see cref="ProofBuilder.IssuerKey"/>), and dedupes on the idempotency key as a
/// careful peer does. <see cref="Tamper"/> and <see cref="LoseAnswer"/> inject the faults of issue 8.
/// </summary>
internal sealed class FakeHopNetwork : ISettlementPeers
{
    private readonly Dictionary<string, HopAnswer> _done = [];
    private readonly Dictionary<string, HopAnswer> _byTxid = [];
    private readonly List<SagaCall> _sent = [];
    private readonly HashSet<SagaStepOperation> _loseOnce = [];

    public IReadOnlyList<SagaCall> Sent => _sent;

    /// <summary>How many times money really moved at a hop (a transfer or settlement executed), whatever the retries.</summary>
    public int Executed(SagaStepOperation operation) => _done.Keys.Count(key => key.StartsWith(operation + ":", StringComparison.Ordinal));

    public int Verifies { get; private set; }

    /// <summary>Refuses every call of this operation with this HTTP answer.</summary>
    public Func<SagaCall, HopAnswer?> Refuse { get; set; } = _ => null;

    /// <summary>Changes the proof a hop signs for this operation (a wrong amount, a foreign signer…).</summary>
    public Func<SagaCall, ProofBuilder, ProofBuilder> Tamper { get; set; } = (_, proof) => proof;

    /// <summary>The next call of this operation is executed, but its answer is lost on the way back.</summary>
    public void LoseAnswer(SagaStepOperation operation) => _loseOnce.Add(operation);

    public Task<HopAnswer> SendAsync(SagaCall call, CancellationToken cancellationToken)
    {
        _sent.Add(call);
        if (Refuse(call) is { } refusal)
        {
            return Task.FromResult(refusal);
        }
        var key = $"{call.Operation}:{call.Target}:{call.IdempotencyKey}";
        if (!_done.TryGetValue(key, out var answer))
        {
            answer = Execute(call);
            _done[key] = answer;
        }
        return Task.FromResult(_loseOnce.Remove(call.Operation) ? new HopAnswer.Unanswered("{}", null, "timed out") : answer);
    }

    public Task<HopAnswer> VerifyAsync(Ocid peer, string txid, CancellationToken cancellationToken)
    {
        Verifies++;
        return Task.FromResult(_byTxid.GetValueOrDefault($"{peer}:{txid}") ?? new HopAnswer.Refused("", 404, "HTTP 404 TXID_NOT_FOUND"));
    }

    private HopAnswer Execute(SagaCall call)
    {
        if (call.Operation == SagaStepOperation.PaymentCreate)
        {
            var txid = $"pending_{call.Target}_{call.To.Reference}";
            var pending = new HopAnswer.Pending("{}", 200, txid, call.Payer is { } payer ? [payer] : null, call.Amount, call.Currency);
            _byTxid[$"{call.Target}:{txid}"] = pending;
            return pending;
        }
        var proofTxid = $"{call.Operation}_{call.Target}_{call.IdempotencyKey}";
        var proof = Tamper(call, new ProofBuilder()
            .IssuedBy(call.Target.Value)
            .To(call.To.Ocid.Value, call.To.Reference)
            .Paying(call.Amount, call.Currency)
            .WithTxid(proofTxid));
        using var document = JsonDocument.Parse(proof.Build());
        Assert.True(ProofEnvelopeReader.TryRead(document.RootElement, ProofStrictness.HopAnswer, out var envelope, out var problem), problem);
        var proved = new HopAnswer.Proved("{}", 200, envelope);
        if (call.SettleTxid is { } settled)
        {
            _byTxid[$"{call.Target}:{settled}"] = proved;
        }
        return proved;
    }
}
