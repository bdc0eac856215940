using Microsoft.AspNetCore.Mvc.Filters;

namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>The action honours an <c>Idempotency-Key</c> header: repeats get the first response, byte for byte.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute, IFilterFactory
{
    public bool IsReusable => true;

    public IFilterMetadata CreateInstance(IServiceProvider serviceProvider) => serviceProvider.GetRequiredService<IdempotencyFilter>();
}
