using Npgsql;

using OpenCharge.Checkout.Infrastructure.Observability;
using OpenCharge.Checkout.Infrastructure.Persistence;

using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OpenCharge.Checkout.Web.Hosting.Operations;

/// <summary>OpenTelemetry traces and metrics, the Prometheus scrape endpoint and <c>/health</c>.</summary>
internal static class OperationsHosting
{
    public const string HealthPath = "/health";

    /// <summary>
    /// Counted on every buffer rent, socket read or route match, so every request paid for them (issue 11's profile of
    /// checkout/create), and none says more about the service's health than the request and database durations, the
    /// connection counts and the outbox figures that stay.
    /// </summary>
    private static readonly HashSet<string> UnexportedInstruments =
    [
        "aspnetcore.memory_pool.allocated", "aspnetcore.memory_pool.evicted", "aspnetcore.memory_pool.pooled",
        "aspnetcore.memory_pool.rented", "aspnetcore.routing.match_attempts",
        "db.client.operation.npgsql.bytes_read", "db.client.operation.npgsql.bytes_written",
    ];

    public static void AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OperationsOptions>(builder.Configuration.GetSection(OperationsOptions.Section));
        builder.Services.AddOperationsFigures();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<CheckoutDbContext>("database")
            .AddCheck<OutboxLagHealthCheck>("outbox");

        var openTelemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("opencharge-checkout"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(CheckoutMeter.Name, "Npgsql")
                .AddView(instrument => UnexportedInstruments.Contains(instrument.Name) ? MetricStreamConfiguration.Drop : null)
                .AddPrometheusExporter());
        // Traces only when something collects them: without an exporter every request and every SQL command would
        // still build and tag an Activity that nobody reads (issue 11's profile of checkout/create).
        if (Uri.TryCreate(builder.Configuration["Operations:OtlpEndpoint"], UriKind.Absolute, out var endpoint))
        {
            openTelemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => context.Request.Path != MetricsAccess.Path)
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter(o => o.Endpoint = endpoint));
        }
    }

    /// <summary>Before routing, and after the forwarded headers have set the caller's real address.</summary>
    public static void UseMetricsAccess(this WebApplication app) =>
        app.UseWhen(context => context.Request.Path.Equals(MetricsAccess.Path, StringComparison.OrdinalIgnoreCase), branch => branch.Use(MetricsAccess.GuardAsync));

    public static void MapOperations(this WebApplication app)
    {
        // The gauges observe only once created; create them now rather than on a first use that never comes.
        app.Services.GetRequiredService<OperationsGauges>();
        app.MapPrometheusScrapingEndpoint(MetricsAccess.Path);
        app.MapHealthChecks(HealthPath, new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
    }
}
