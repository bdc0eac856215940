using System.Globalization;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>The run's figures, as printed lines and as key=value pairs for bench/fuzz.sh.</summary>
internal sealed record FuzzReport(IReadOnlyList<string> Lines, IReadOnlyDictionary<string, string> Figures)
{
    public static FuzzReport Build(FuzzOptions options, FuzzStats stats, TimeSpan elapsed, FuzzState state)
    {
        var rate = stats.Sent / elapsed.TotalSeconds;
        var lines = new List<string>
        {
            "",
            Invariant($"=== fuzz run: seed {options.Seed} ==="),
            Invariant($"  requests          {stats.Sent} answered in {elapsed.TotalSeconds:0.0} s ({rate:0} req/s, concurrency {options.Concurrency}); {stats.NotSent} not sendable by HttpClient"),
            Invariant($"  statuses          {FuzzStats.Histogram(stats.Statuses.OrderBy(s => s.Key))}"),
            Invariant($"  error codes       {FuzzStats.Histogram(stats.Codes)}"),
            Invariant($"  request kinds     {FuzzStats.Histogram(stats.Kinds)}"),
            Invariant($"  refused by Kestrel's HTTP parser before the app: {stats.RefusedByHttpParser}"),
            Invariant($"  connections closed without an answer: {stats.Dropped}"),
            Invariant($"  created           {state.SessionIds.Count} checkout sessions, {state.DemoOrderIds.Count} demo orders (all accounted for)"),
            Invariant($"  Demo Store webhook log rows written by refused webhooks: {stats.LogRowsFromRefused}"),
            Invariant($"  failures          {stats.Failures}"),
        };
        lines.AddRange(stats.FailureExamples.Select(f => "    ! " + f));
        lines.AddRange(stats.DropExamples.Select(d => "    ~ dropped: " + d));
        var figures = new Dictionary<string, string>
        {
            ["seed"] = Invariant($"{options.Seed}"),
            ["requests"] = Invariant($"{stats.Sent}"),
            ["not_sent"] = Invariant($"{stats.NotSent}"),
            ["duration_s"] = Invariant($"{elapsed.TotalSeconds:0.0}"),
            ["rps"] = Invariant($"{rate:0}"),
            ["statuses"] = FuzzStats.Histogram(stats.Statuses.OrderBy(s => s.Key)),
            ["codes"] = FuzzStats.Histogram(stats.Codes),
            ["kinds"] = FuzzStats.Histogram(stats.Kinds),
            ["dropped"] = Invariant($"{stats.Dropped}"),
            ["http_parser_refusals"] = Invariant($"{stats.RefusedByHttpParser}"),
            ["sessions_created"] = Invariant($"{state.SessionIds.Count}"),
            ["demo_orders_created"] = Invariant($"{state.DemoOrderIds.Count}"),
            ["webhook_log_rows"] = Invariant($"{stats.LogRowsFromRefused}"),
            ["failures"] = Invariant($"{stats.Failures}"),
        };
        return new FuzzReport(lines, figures);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
