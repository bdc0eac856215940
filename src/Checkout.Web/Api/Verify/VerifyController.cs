using System.Text.Json;

using Microsoft.AspNetCore.Mvc;

using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Api.Verify.Contracts;

namespace OpenCharge.Checkout.Web.Api.Verify;

/// <summary>
/// endpoints.md A8/C6: anyone holding one of our txids may confirm it. Public (gaps.md G24): the answer says no more
/// than the proof its holder already has.
/// </summary>
[ApiController]
[Route("opencharge/verify")]
public sealed class VerifyController(ProofStatusQueries queries) : ControllerBase
{
    [HttpGet("{txid:protocolid}")]
    [ProducesResponseType<VerifyResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ErrorEnvelope>(StatusCodes.Status404NotFound, "application/json")]
    public async Task<IActionResult> Get(string txid, CancellationToken cancellationToken) =>
        await queries.VerifyAsync(txid, cancellationToken) switch
        {
            TxidStatus.Completed completed => Ok(Completed(completed)),
            TxidStatus.Pending pending => Ok(new VerifyResponse("pending")
            {
                Txid = pending.Txid,
                Amount = pending.Amount,
                Currency = pending.Currency,
                CreatedAt = pending.CreatedAt.ToUnixTimeSeconds(),
                ExpiresAt = pending.ExpiresAt.ToUnixTimeSeconds(),
            }),
            TxidStatus.Closed closed => Ok(new VerifyResponse(closed.Status) { Txid = closed.Txid }),
            _ => NotFoundEnvelope(ProtocolErrors.TxidNotFound(txid)),
        };

    private static VerifyResponse Completed(TxidStatus.Completed completed)
    {
        using var proof = JsonDocument.Parse(completed.Record.ProofJson);
        return new VerifyResponse("completed") { Proof = proof.RootElement.Clone(), Signature = completed.Record.Signature };
    }

    private static ObjectResult NotFoundEnvelope(ProtocolError error) => new(ErrorEnvelope.From(error)) { StatusCode = error.Status };
}
