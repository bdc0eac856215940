using System.Text;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Infrastructure.Settlement;

/// <summary>
/// <see cref="ISettlementPeers"/> over the signed <see cref="PeerClient"/>: every request is signed, every answer read
/// leniently. A timeout or a dropped connection is an unknown outcome, never an exception or a failure.
/// </summary>
internal sealed class PeerSettlementCalls(PeerClient client, IProtocolSigner us, ILogger<PeerSettlementCalls> logger) : ISettlementPeers
{
    public async Task<HopAnswer> SendAsync(SagaCall call, CancellationToken cancellationToken)
    {
        var (path, json) = SettlementRequests.For(call, us.Ocid);
        var answer = await CallAsync(json, () => client.PostJsonAsync(call.Target, path, Encoding.UTF8.GetBytes(json), cancellationToken, call.IdempotencyKey), cancellationToken);
        logger.LogInformation("Settlement step {Step} {Operation} at OCID {Target}: {Answer}", call.IdempotencyKey, call.Operation, call.Target, answer.GetType().Name);
        return answer;
    }

    public Task<HopAnswer> VerifyAsync(Ocid peer, string txid, CancellationToken cancellationToken) =>
        CallAsync("", () => client.GetAsync(peer, "/verify/" + Uri.EscapeDataString(txid), cancellationToken), cancellationToken);

    private static async Task<HopAnswer> CallAsync(string request, Func<Task<PeerCallResult>> call, CancellationToken cancellationToken)
    {
        try
        {
            return HopAnswerReader.Read(request, await call());
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HopAnswer.Unanswered(request, null, ex is TaskCanceledException ? "timed out" : ex.Message);
        }
    }
}
