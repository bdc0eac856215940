using System.Security.Cryptography;
using System.Text;

using Microsoft.Extensions.Options;

namespace OpenCharge.Checkout.Web.Hosting.Operations;

/// <summary>
/// Guards <c>/metrics</c>: the figures are business figures (volumes per currency, reserves), so by default only a
/// scraper on loopback reads them; elsewhere it needs the configured bearer key. Runs after the forwarded-headers
/// step, so a request relayed by our proxy counts as coming from its real client, not from loopback.
/// </summary>
internal static class MetricsAccess
{
    public const string Path = "/metrics";

    public static async Task GuardAsync(HttpContext context, Func<Task> next)
    {
        var key = context.RequestServices.GetRequiredService<IOptionsMonitor<OperationsOptions>>().CurrentValue.MetricsKey;
        if (IsLoopback(context) || HasKey(context, key))
        {
            await next();
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address);

    private static bool HasKey(HttpContext context, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }
        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..]), Encoding.UTF8.GetBytes(key));
    }
}
