using System.Text.Json;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Signing;
using OpenCharge.Checkout.Web.Api.Transfers.Contracts;

namespace OpenCharge.Checkout.Web.Api.Transfers;

/// <summary>Turns a signed <c>/transfer/create</c> into a <see cref="CreateTransfer"/> and its proof into the response.</summary>
public sealed class TransferCreation(CreateTransfer createTransfer)
{
    public async Task<(TransferCreateResponse? Response, ProtocolError? Error)> CreateAsync(AuthenticatedCaller caller, CancellationToken cancellationToken)
    {
        using var document = DecodableJson.Parse(caller.Body);
        if (document is null)
        {
            return (null, ProtocolErrors.InvalidRequest("The body is not valid UTF-8 JSON."));
        }
        var fields = new JsonFields("", []);
        var instruction = TransferCreateRequest.Read(document.RootElement, caller.Peer.Ocid, fields);
        if (instruction is null)
        {
            return (null, ProtocolErrors.InvalidRequest("The request does not match TransferCreateRequest.", fields.Problems));
        }
        var transfer = await createTransfer.ExecuteAsync(instruction, cancellationToken);
        return transfer.IsSuccess ? (ResponseFor(transfer.Value), null) : (null, ProtocolErrors.From(transfer.Error));
    }

    public static TransferCreateResponse ResponseFor(ProofRecord record)
    {
        using var proof = JsonDocument.Parse(record.ProofJson);
        return new TransferCreateResponse("completed", proof.RootElement.Clone(), record.Signature);
    }
}
