using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Signing;
using OpenCharge.Checkout.Web.Api.Transfers.Contracts;

namespace OpenCharge.Checkout.Web.Api.Transfers;

/// <summary>
/// Our <c>/transfer/webhook</c> (endpoints.md A6): reads the envelope, says whose proofs we take
/// (<c>Opencharge:Settlement:Accepts</c> and every partner) and to whom they must be addressed (us), and lets
/// <see cref="ReceiveProof"/> decide.
/// </summary>
public sealed class ProofWebhook(ReceiveProof receiveProof, IPartners partners, IOptions<OpenchargeOptions> options, IProtocolSigner us)
{
    public async Task<(TransferWebhookResponse? Response, ProtocolError? Error)> ReceiveAsync(AuthenticatedCaller caller, CancellationToken cancellationToken)
    {
        using var document = DecodableJson.Parse(caller.Body);
        if (document is null)
        {
            return (null, ProtocolErrors.From(ProofRejection.InvalidProof("The body is not valid UTF-8 JSON.")));
        }
        if (!ProofEnvelopeReader.TryRead(caller.Body, out var envelope, out var problem))
        {
            return (null, ProtocolErrors.From(ProofRejection.InvalidProof(problem)));
        }
        var outcome = await receiveProof.ExecuteAsync(envelope, caller.Peer.Ocid, await PolicyAsync(cancellationToken), cancellationToken);
        return outcome switch
        {
            IncomingProofOutcome.Accepted accepted => (new TransferWebhookResponse("accepted", accepted.Txid), null),
            IncomingProofOutcome.Rejected rejected => (new TransferWebhookResponse("rejected", rejected.Txid, rejected.Message), null),
            IncomingProofOutcome.Refused refused => (null, ProtocolErrors.From(refused.Rejection)),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    private async Task<ProofPolicy> PolicyAsync(CancellationToken cancellationToken)
    {
        var accepted = options.Value.Settlement.Accepts.Select(ocid => new Ocid(ocid))
            // A partner entry with no role only names redirect hosts (a merchant, say): it vouches for no money.
            .Concat((await partners.ListAsync(cancellationToken)).Where(partner => partner.Roles != PartnerRoles.None).Select(partner => partner.Ocid))
            .ToHashSet();
        return new ProofPolicy(accepted, new HashSet<Ocid> { us.Ocid }, ReferenceMayBeSession: false);
    }
}
