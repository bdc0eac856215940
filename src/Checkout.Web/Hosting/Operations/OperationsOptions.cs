namespace OpenCharge.Checkout.Web.Hosting.Operations;

/// <summary>The <c>Operations</c> section: outbox-lag thresholds for <c>/health</c> and who may scrape <c>/metrics</c>.</summary>
internal sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>Outbox lag at or above this makes <c>/health</c> degraded.</summary>
    public int OutboxLagDegradedSeconds { get; set; } = 60;

    /// <summary>Outbox lag at or above this makes <c>/health</c> unhealthy (503).</summary>
    public int OutboxLagUnhealthySeconds { get; set; } = 600;

    /// <summary>
    /// When set, a scraper elsewhere than loopback may read <c>/metrics</c> with <c>Authorization: Bearer</c> this key;
    /// unset, only loopback may (docs/decisions.md, "Operations").
    /// </summary>
    public string? MetricsKey { get; set; }
}
