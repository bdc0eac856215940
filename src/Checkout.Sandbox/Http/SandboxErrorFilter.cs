using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Sandbox.Http;

/// <summary>
/// What the host's protocol error middleware does for its own API, for a sandbox peer: a crash is answered with the signed envelope
/// and a correlation id, never a developer page a peer cannot parse.
/// </summary>
internal sealed class SandboxErrorFilter(Func<IServiceProvider, IProtocolSigner> signer) : IEndpointFilter
{
    private const string CorrelationIdHeader = "X-Correlation-ID";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            // The host's correlation-id middleware has already put the id on the response.
            var correlationId = http.Response.Headers[CorrelationIdHeader].FirstOrDefault() ?? http.TraceIdentifier;
            http.RequestServices.GetRequiredService<ILogger<SandboxErrorFilter>>()
                .LogError(ex, "Sandbox endpoint {Path} failed (correlation id {CorrelationId})", http.Request.Path, correlationId);
            return SignedJsonResult.Error(signer(http.RequestServices), PeerError.Internal(correlationId));
        }
    }
}
