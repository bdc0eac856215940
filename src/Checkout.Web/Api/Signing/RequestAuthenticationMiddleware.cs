using Microsoft.AspNetCore.Http.Features;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Persistence;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Web.Api.Errors;

namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>
/// Authenticates requests to endpoints marked <see cref="SignedRequestAttribute"/> before model binding, over the raw
/// body bytes (read once, <see cref="PooledRequestBody"/>), and leaves the body readable for the controller. For an
/// endpoint marked <see cref="OneCommitAttribute"/> it runs the request in one <see cref="RequestTransaction"/>, opened
/// before the nonce is recorded and committed once the response is ready (before the signing middleware sends it).
/// </summary>
internal sealed class RequestAuthenticationMiddleware(RequestDelegate next, RequestAuthenticator authenticator)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<SignedRequestAttribute>() is null)
        {
            await next(context);
            return;
        }

        var body = await PooledRequestBody.ReadAsync(context.Request, context.RequestAborted);
        context.Response.RegisterForDispose(body);
        context.Request.Body = body.AsStream();

        var headers = context.Request.Headers;
        var request = new SignedRequest(
            Single(headers, OutboundHeaders.Ocid),
            Single(headers, OutboundHeaders.Timestamp),
            Single(headers, OutboundHeaders.Nonce),
            Single(headers, OutboundHeaders.Signature),
            context.Request.Method,
            RequestTarget(context),
            body.Bytes);

        var transaction = metadata.GetMetadata<OneCommitAttribute>() is null ? null : context.RequestServices.GetRequiredService<RequestTransaction>();
        transaction?.Open();
        var result = await authenticator.AuthenticateAsync(request, ProtocolPaths.BasePath, transaction, context.RequestAborted);
        if (!result.Succeeded)
        {
            await ProtocolErrorWriter.WriteAsync(context, ProtocolErrors.From(result.Failure!.Value, result.Message));
            return;
        }
        context.Features.Set(new AuthenticatedCaller(result.Caller!, body.Bytes));
        if (transaction is null)
        {
            await next(context);
            return;
        }
        await RunInOneCommitAsync(context, transaction, result.Caller!.Ocid, request.Nonce!);
    }

    /// <summary>
    /// Commits what the request wrote unless it failed on our side (5xx, an exception, or the commit itself); then it
    /// rolls back, and the nonce is spent on its own, as it would have been without the request transaction. The nonce
    /// is written with the request's first write, so a replay is found only then: the response (still buffered by
    /// <see cref="ResponseSigningMiddleware"/>) is replaced by the NONCE_REUSED answer a replay gets before it runs.
    /// </summary>
    private async Task RunInOneCommitAsync(HttpContext context, RequestTransaction transaction, Ocid caller, string nonce)
    {
        try
        {
            await next(context);
            if (context.Response.StatusCode < StatusCodes.Status500InternalServerError)
            {
                await transaction.CommitAsync(context.RequestAborted);
                return;
            }
        }
        catch (NonceReplayedException replayed)
        {
            await transaction.RollbackAsync();
            context.Response.Clear();
            await ProtocolErrorWriter.WriteAsync(context, ProtocolErrors.From(AuthenticationFailure.NonceReused, replayed.Message));
            return;
        }
        catch
        {
            await SpendNonceAloneAsync(transaction, caller, nonce);
            throw;
        }
        await SpendNonceAloneAsync(transaction, caller, nonce);
    }

    private async Task SpendNonceAloneAsync(RequestTransaction transaction, Ocid caller, string nonce)
    {
        await transaction.RollbackAsync();
        await authenticator.RecordNonceAsync(caller, nonce, CancellationToken.None);
    }

    /// <summary>A repeated authentication header is refused as malformed: which copy counts would be ambiguous.</summary>
    private static string? Single(IHeaderDictionary headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    /// <summary>The request-target exactly as the client sent it (gaps.md G5: never decoded or normalised).</summary>
    internal static string RequestTarget(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw
            : context.Request.PathBase + context.Request.Path + context.Request.QueryString;
}
