using Microsoft.AspNetCore.Http.Metadata;

namespace OpenCharge.Checkout.Web.Api.Routing;

/// <summary>
/// The request body must be JSON. Routing answers any other content type with 415 before an action runs, as it does
/// for MVC's <c>[Consumes]</c>; unlike <c>[Consumes]</c> this is not also a resource filter that checks the same header
/// again inside MVC on every request (issue 11).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JsonBodyAttribute : Attribute, IAcceptsMetadata
{
    public IReadOnlyList<string> ContentTypes { get; } = ["application/json"];

    public Type? RequestType => null;

    public bool IsOptional => false;
}
