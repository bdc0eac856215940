using System.Collections.Concurrent;

using OpenCharge.Checkout.TestSupport.Peers;

namespace OpenCharge.Checkout.TestSupport.Transfers;

/// <summary>Posts proofs to recipients' <c>/transfer/webhook</c> as signed requests and remembers every answer.</summary>
public sealed class ProofDeliveries(PeerHost host)
{
    private readonly ConcurrentQueue<ProofDelivery> _sent = new();

    /// <summary>Every delivery attempt, in order, with the recipient's HTTP status (0 when it could not be reached).</summary>
    public IReadOnlyList<ProofDelivery> Sent => [.. _sent];

    internal async Task<PeerReply?> DeliverAsync(long recipient, SignedProof proof, CancellationToken cancellationToken)
    {
        PeerReply? reply = null;
        try
        {
            reply = await host.PostAsync(recipient, "/transfer/webhook", proof.ToEnvelope(), cancellationToken);
        }
        catch (HttpRequestException)
        {
            // Recorded as status 0: the recipient is down, which a test may want.
        }
        _sent.Enqueue(new ProofDelivery(recipient, proof.Txid, reply?.Status ?? 0, reply?.Body));
        return reply;
    }
}

/// <summary>One webhook delivery a fake peer made.</summary>
public sealed record ProofDelivery(long Recipient, string Txid, int Status, string? Body);
