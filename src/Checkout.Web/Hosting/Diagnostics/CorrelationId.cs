using System.Diagnostics;

namespace OpenCharge.Checkout.Web.Hosting.Diagnostics;

/// <summary>
/// Each request gets a correlation id: the caller's <c>X-Correlation-ID</c> when it is sane, otherwise the trace id.
/// It is echoed in the response and put in the logging scope, so a support request can find the log lines.
/// </summary>
internal static class CorrelationId
{
    public const string Header = "X-Correlation-ID";
    private const int MaxLength = 64;

    /// <summary>The request's trace identifier is the correlation id, so the host's own request log scope carries it too.</summary>
    public static string Of(HttpContext context) => context.TraceIdentifier;

    /// <summary>Assigns the id first thing, so every log line of the request carries it.</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app)
    {
        // Created once: the logger factory takes a lock for every CreateLogger.
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("OpenCharge.Checkout.Requests");
        return app.Use((context, next) => AssignAsync(context, next, logger));
    }

    private static async Task AssignAsync(HttpContext context, RequestDelegate next, ILogger logger)
    {
        var supplied = context.Request.Headers[Header].ToString();
        var id = supplied.Length is > 0 and <= MaxLength && supplied.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? supplied
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.TraceIdentifier = id;
        context.Response.Headers[Header] = id;

        using (logger.BeginScope(new KeyValuePair<string, object>[] { new("CorrelationId", id) }))
        {
            await next(context);
        }
    }
}
