using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Sandbox.Orders;
using OpenCharge.Checkout.Sandbox.Proofs;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Proofs;

/// <summary>In-memory stand-in for the sandbox schema (the E2E tests exercise the PostgreSQL one).</summary>
internal sealed class MemoryDemoOrderBook : IDemoOrderBook
{
    private readonly Dictionary<string, (DemoOrderTerms Terms, string? SessionId)> _orders = [];
    private readonly Dictionary<string, (long Issuer, string Txid)> _paidBy = [];
    private readonly HashSet<(long, string)> _proofs = [];
    private readonly Dictionary<string, SignedProof> _forwards = [];

    public int RecordedCount { get; private set; }

    /// <param name="orderId">The order id.</param>
    /// <param name="amount">The order's amount string.</param>
    /// <param name="currency">The order's currency.</param>
    /// <param name="sessionId">Its checkout session at our gateway, if any.</param>
    /// <param name="accepts">The order's accepts; by default both the payment gateway (200) and the Demo Gateway (9000), so either webhook may take a proof for it.</param>
    public void Add(string orderId, string amount, string currency, string? sessionId = null, IReadOnlyList<long>? accepts = null) =>
        _orders[orderId] = (new DemoOrderTerms(orderId, amount, currency, accepts ?? [200, 9000]), sessionId);

    public bool IsPaid(string orderId) => _paidBy.ContainsKey(orderId);

    /// <summary>The Demo Gateway's own proof owed to the store for <paramref name="orderId"/>, if any.</summary>
    public SignedProof? ForwardFor(string orderId) => _forwards.GetValueOrDefault(orderId);

    public Task<bool> HasProofAsync(Ocid issuer, string txid, CancellationToken cancellationToken) =>
        Task.FromResult(_proofs.Contains((issuer.Value, txid)));

    public Task<DemoOrderTerms?> FindAsync(string reference, bool matchSessionId, CancellationToken cancellationToken) =>
        Task.FromResult<DemoOrderTerms?>(_orders.Values.FirstOrDefault(o => o.Terms.OrderId == reference || (matchSessionId && o.SessionId == reference)).Terms);

    public Task<PaymentRecording> RecordPaymentAsync(
        DemoOrderTerms order, ProofEnvelope envelope, SandboxPeer receivedBy, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var key = (envelope.Proof.Issuer.Value, envelope.Proof.Txid);
        if (_proofs.Contains(key))
        {
            return Task.FromResult(PaymentRecording.Duplicate);
        }
        if (_paidBy.ContainsKey(order.OrderId))
        {
            return Task.FromResult(PaymentRecording.AlreadyPaid);
        }
        _proofs.Add(key);
        _paidBy[order.OrderId] = key;
        RecordedCount++;
        return Task.FromResult(PaymentRecording.Recorded);
    }

    public Task<PaymentRecording> RecordGatewayReceiptAsync(
        DemoOrderTerms order, ProofEnvelope envelope, SignedProof forward, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var key = (envelope.Proof.Issuer.Value, envelope.Proof.Txid);
        if (_proofs.Contains(key))
        {
            return Task.FromResult(PaymentRecording.Duplicate);
        }
        if (_forwards.ContainsKey(order.OrderId))
        {
            return Task.FromResult(PaymentRecording.AlreadyPaid);
        }
        _proofs.Add(key);
        _forwards[order.OrderId] = forward;
        RecordedCount++;
        return Task.FromResult(PaymentRecording.Recorded);
    }
}
