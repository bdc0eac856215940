using OpenCharge.Checkout.Domain.Orders;

namespace OpenCharge.Checkout.Web.Api.Routing;

/// <summary>
/// <c>{id:protocolid}</c>: an order id, session id or txid in a protocol path. The literals that share a position with
/// an id in our routes (<c>/orders/create/{sessionId}</c> beside <c>/orders/{orderId}/status</c>) are never ids, so
/// <c>/orders/create/status</c> reaches neither endpoint.
/// </summary>
internal sealed class ProtocolIdRouteConstraint : IRouteConstraint
{
    public const string Name = "protocolid";

    /// <summary>As long as the longest id we store.</summary>
    public const int MaxLength = SignedOrder.MaxIdLength;

    private static readonly string[] Reserved = ["create", "status"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && IsId(value as string);

    public static bool IsId(string? text) =>
        text is { Length: > 0 and <= MaxLength }
        && text.All(c => c is > ' ' and < '\u007f' and not '/' and not '\\')
        && !Reserved.Contains(text, StringComparer.OrdinalIgnoreCase);
}
