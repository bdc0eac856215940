using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

using OpenCharge.Checkout.Infrastructure.Idempotency;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Web.Api.Errors;

namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>
/// <c>Idempotency-Key</c> handling: the first request with a key runs and its response is stored; a repeat with the
/// same method, path and body replays it; the same key with another request is 409. Server failures (5xx) are not
/// stored, so a retry runs again. A repeat arriving after the first holder's lease ran out (its process died) takes
/// the key over and runs the request. Inside the request's <see cref="RequestTransaction"/> (<see cref="OneCommitAttribute"/>)
/// the key, the work and the stored response commit together, so a concurrent repeat waits and then replays.
/// </summary>
/// <remarks>
/// One instance serves every request (<see cref="IdempotentAttribute.IsReusable"/>), so it takes the request's
/// transaction from the request's own services each time: one held from a constructor would be the first request's.
/// </remarks>
public sealed class IdempotencyFilter(IdempotencyStore sharedStore) : IAsyncActionFilter
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan InProgressWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan InProgressPoll = TimeSpan.FromMilliseconds(100);

    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var key = context.HttpContext.Request.Headers[Header].ToString();
        // Most requests carry no key: they pass straight through, without a state machine of their own (issue 11).
        return key.Length == 0 ? next() : ExecuteWithKeyAsync(context, next, key);
    }

    private async Task ExecuteWithKeyAsync(ActionExecutingContext context, ActionExecutionDelegate next, string key)
    {
        if (key.Length > IdempotencyRecord.MaxKeyLength)
        {
            context.Result = Envelope(ProtocolErrors.InvalidRequest($"{Header} must be at most {IdempotencyRecord.MaxKeyLength} characters."));
            return;
        }

        var transaction = context.HttpContext.RequestServices.GetRequiredService<RequestTransaction>();
        var store = transaction.IsOpen ? sharedStore.Within(transaction) : sharedStore;
        var caller = context.HttpContext.Caller();
        var hash = RequestHash(context.HttpContext, caller.Body.Span);
        var cancellation = context.HttpContext.RequestAborted;
        var claim = await store.ClaimAsync(caller.Peer.Ocid, key, hash, cancellation);
        var waited = TimeSpan.Zero;
        while (claim.Outcome == IdempotencyClaimOutcome.InProgress && waited < InProgressWait)
        {
            await Task.Delay(InProgressPoll, cancellation);
            waited += InProgressPoll;
            claim = await store.ClaimAsync(caller.Peer.Ocid, key, hash, cancellation);
        }

        switch (claim.Outcome)
        {
            case IdempotencyClaimOutcome.Replay:
                context.Result = Stored(claim.StatusCode, claim.Body ?? []);
                return;
            case IdempotencyClaimOutcome.Conflict:
                context.Result = Envelope(new ProtocolError(409, "IDEMPOTENCY_KEY_REUSED", $"{Header} '{key}' was already used with a different request."));
                return;
            case IdempotencyClaimOutcome.InProgress:
                context.Result = Envelope(new ProtocolError(409, "IDEMPOTENCY_IN_PROGRESS", $"The first request with {Header} '{key}' is still running; retry shortly."));
                return;
        }

        try
        {
            var executed = await next();
            if (executed.Exception is null && executed.Result is ObjectResult { StatusCode: var status and (null or < 500) } result)
            {
                var body = JsonSerializer.SerializeToUtf8Bytes(result.Value, result.Value?.GetType() ?? typeof(object), CanonicalJson.WireOptions);
                await store.CompleteAsync(caller.Peer.Ocid, key, claim.Token, status ?? 200, body, cancellation);
                executed.Result = Stored(status ?? 200, body);
                return;
            }
            await store.ReleaseAsync(caller.Peer.Ocid, key, claim.Token);
        }
        catch
        {
            await store.ReleaseAsync(caller.Peer.Ocid, key, claim.Token);
            throw;
        }
    }

    private static string RequestHash(HttpContext context, ReadOnlySpan<byte> body)
    {
        var head = Encoding.UTF8.GetBytes($"{context.Request.Method}\n{context.Request.Path}\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. head, .. body]));
    }

    /// <summary>The stored bytes are valid UTF-8 JSON, so decoding and re-encoding them gives back the same bytes.</summary>
    private static ContentResult Stored(int status, byte[] body) =>
        new() { StatusCode = status, ContentType = "application/json", Content = Encoding.UTF8.GetString(body) };

    private static ObjectResult Envelope(ProtocolError error) => new(ErrorEnvelope.From(error)) { StatusCode = error.Status };
}
