using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Web.Api.Errors;
using OpenCharge.Checkout.Web.Hosting.Diagnostics;

namespace OpenCharge.Checkout.Web.Sandbox;

/// <summary>
/// What our ProtocolErrorMiddleware does for us, for a sandbox peer: a crash is answered with the signed envelope
/// and a correlation id, never a developer page a peer cannot parse.
/// </summary>
internal sealed class SandboxErrorFilter(Func<IServiceProvider, IProtocolSigner> signer) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            var correlationId = CorrelationId.Of(http);
            http.RequestServices.GetRequiredService<ILogger<SandboxErrorFilter>>()
                .LogError(ex, "Sandbox endpoint {Path} failed (correlation id {CorrelationId})", http.Request.Path, correlationId);
            return SignedJsonResult.Error(signer(http.RequestServices), ProtocolErrors.Internal(correlationId));
        }
    }
}
