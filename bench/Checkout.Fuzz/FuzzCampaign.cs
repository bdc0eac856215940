using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>
/// Sends the requests in batches. Between two batches nothing else writes, so the table digest taken after each batch
/// tells exactly what that batch changed. A batch of must-be-refused requests may change nothing; a batch of signed
/// requests may add only the sessions and demo orders its 2xx answers name (plus idempotency records, see
/// docs/security.md), and may change no existing row.
/// </summary>
internal sealed class FuzzCampaign(FuzzOptions options, HttpClient http, Uri baseUrl, OurIdentity us, RequestGenerator generator, FuzzState state, TableDigest digest)
{
    private const string Sessions = "checkout_sessions";
    private const string DemoOrders = "demo_orders";
    private const string IdempotencyRecords = "idempotency_records";
    private const string WebhookLog = "received_webhooks";

    public FuzzStats Stats { get; } = new();

    public async Task<TimeSpan> RunAsync()
    {
        var before = await digest.TakeAsync();
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var batches = (options.Requests + options.BatchSize - 1) / options.BatchSize;
        var next = Task.Run(() => Generate(0));
        for (var batch = 0; batch < batches; batch++)
        {
            var (refusedOnly, requests) = await next;
            // Signing the next batch overlaps with sending this one; the digest still sits between two sends.
            var following = batch + 1;
            next = following < batches ? Task.Run(() => Generate(following)) : next;
            var (newSessions, newDemoOrders) = await SendAsync(batch, requests);
            var after = await digest.TakeAsync();
            await CompareAsync(batch, refusedOnly, before, after, newSessions, newDemoOrders, requests);
            before = after;
            if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(30))
            {
                lastReport = clock.Elapsed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {clock.Elapsed.TotalSeconds,5:0} s: {Stats.Sent} requests, {Stats.Sent / clock.Elapsed.TotalSeconds:0} req/s, {Stats.Failures} failures"));
            }
        }
        return clock.Elapsed;
    }

    /// <summary>One Random per batch, seeded from the run's seed and the batch number, so that a batch can be regenerated alone.</summary>
    private (bool RefusedOnly, List<FuzzRequest> Requests) Generate(int batch)
    {
        var random = new Random(unchecked((options.Seed * 1_000_003) + batch));
        var refusedOnly = random.Next(2) == 0;
        var size = Math.Min(options.BatchSize, options.Requests - (batch * options.BatchSize));
        return (refusedOnly, [.. Enumerable.Range(0, size).Select(_ => refusedOnly ? generator.Refused(random) : generator.Acceptable(random))]);
    }

    private async Task<(List<string> Sessions, List<string> DemoOrders)> SendAsync(int batch, List<FuzzRequest> requests)
    {
        var sessions = new List<string>();
        var demoOrders = new List<string>();
        await Parallel.ForEachAsync(requests.Select((request, index) => (request, index)), new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency }, async (item, _) =>
        {
            var (request, index) = item;
            HttpResponseMessage response;
            try
            {
                using var message = request.ToHttpRequest(baseUrl);
                response = await http.SendAsync(message);
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or UriFormatException)
            {
                Stats.RecordNotSent();
                return;
            }
            catch (HttpRequestException e)
            {
                Stats.RecordDropped($"batch {batch} #{index}: {e.Message} {e.InnerException?.Message} {request.Describe()}");
                return;
            }
            catch (TaskCanceledException)
            {
                Stats.Fail($"batch {batch} #{index}: no answer within {http.Timeout.TotalSeconds:0} s to {request.Describe()}");
                return;
            }
            using (response)
            {
                var body = await response.Content.ReadAsByteArrayAsync();
                var verdict = ResponseCheck.Check(request, response, body, us);
                Stats.Record(request, verdict);
                foreach (var problem in verdict.Problems)
                {
                    Stats.Fail($"batch {batch} #{index}: {problem}; {request.Describe()} -> {verdict.Status} {Excerpt(body)}");
                }
                if (verdict.Status is >= 200 and < 300 && request.MayChangeData && request.Method == "POST" && Creates(request.Target))
                {
                    lock (sessions)
                    {
                        Remember(request, body, sessions, demoOrders);
                    }
                }
            }
        });
        return (sessions, demoOrders);
    }

    private void Remember(FuzzRequest request, byte[] body, List<string> sessions, List<string> demoOrders)
    {
        state.RememberAccepted(request);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("session_id", out var session) && session.GetString() is { } id && state.AddSession(id))
            {
                sessions.Add(id);
            }
            if (root.TryGetProperty("order", out var order) && order.TryGetProperty("id", out var orderId) && orderId.GetString() is { } demo && state.DemoOrderIds.TryAdd(demo, 0))
            {
                demoOrders.Add(demo);
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            Stats.Fail($"2xx body that is not the expected JSON: {Excerpt(body)}");
        }
    }

    private static bool Creates(string target) =>
        target.StartsWith(RequestGenerator.CheckoutCreate, StringComparison.Ordinal) || target.StartsWith(RequestGenerator.SandboxOrdersCreate, StringComparison.Ordinal);

    private async Task CompareAsync(int batch, bool refusedOnly, Dictionary<string, TableState> before, Dictionary<string, TableState> after,
        List<string> newSessions, List<string> newDemoOrders, List<FuzzRequest> requests)
    {
        foreach (var table in digest.Tables)
        {
            var was = before[table];
            var now = after[table];
            if (was == now)
            {
                continue;
            }
            if (table.EndsWith($"\"{WebhookLog}\"", StringComparison.Ordinal))
            {
                // The Demo Store logs every webhook it receives, refused or not, for its delivery page.
                Stats.RecordLogRows(now.Rows - was.Rows);
                continue;
            }
            if (!refusedOnly && table.EndsWith($"\"{IdempotencyRecords}\"", StringComparison.Ordinal))
            {
                continue;
            }
            var added = table.EndsWith($"\"{Sessions}\"", StringComparison.Ordinal) && newSessions.Count > 0
                ? await digest.RowsAsync(table, "'sess_' || replace(id::text, '-', '')", newSessions)
                : table.EndsWith($"\"{DemoOrders}\"", StringComparison.Ordinal) && newDemoOrders.Count > 0
                    ? await digest.RowsAsync(table, "id", newDemoOrders)
                    : new TableState(0, "0");
            if (now.Without(added) != was)
            {
                Stats.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"batch {batch} ({(refusedOnly ? "refused only" : "signed")}): {table} went from {was.Rows} to {now.Rows} rows "
                    + $"with {added.Rows} accounted for, or its content changed; kinds {FuzzStats.Histogram(requests.GroupBy(r => r.Kind).Select(g => KeyValuePair.Create(g.Key, g.Count())))}"));
            }
        }
    }

    private static string Excerpt(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
        return text.ReplaceLineEndings(" ");
    }
}
