using System.Text.Json;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenCharge.Checkout.Web.Hosting.Operations;

/// <summary>
/// <c>/health</c> as JSON: the overall status and each check's status, description and figures. Exception details
/// stay out: the endpoint is public and a connection error may name hosts.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
