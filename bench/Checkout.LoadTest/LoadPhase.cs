using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// A closed loop: <c>connections</c> workers, each sending its next request as soon as the previous answer arrived,
/// until the time is up. Requests started before the deadline are finished and counted.
/// </summary>
internal static class LoadPhase
{
    public static async Task<LoadResult> RunAsync(HttpClient http, RequestSource source, Uri url, int connections, TimeSpan duration)
    {
        var errors = new ConcurrentDictionary<string, ErrorTally>();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections)
            .Select(_ => Task.Run(() => WorkAsync(http, source, url, clock, duration, errors)))
            .ToArray();
        var samples = (await Task.WhenAll(workers)).SelectMany(l => l).ToArray();
        clock.Stop();
        return new LoadResult(clock.Elapsed, samples, errors.ToDictionary());
    }

    private static async Task<List<RequestSample>> WorkAsync(
        HttpClient http, RequestSource source, Uri url, Stopwatch clock, TimeSpan duration, ConcurrentDictionary<string, ErrorTally> errors)
    {
        var latencies = new List<RequestSample>(4096);
        while (clock.Elapsed < duration)
        {
            var signed = source.Take();
            var started = Stopwatch.GetTimestamp();
            string? error;
            try
            {
                using var request = signed.ToHttpRequest(url);
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                error = (int)response.StatusCode == 200 ? null : $"HTTP {(int)response.StatusCode} {ErrorCode(body)}|{body}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                error = $"{e.GetType().Name}|{e.Message}";
            }
            latencies.Add(new RequestSample(started, Stopwatch.GetTimestamp() - started));
            if (error is not null)
            {
                var parts = error.Split('|', 2);
                errors.AddOrUpdate(parts[0], _ => new ErrorTally(1, parts[1]), (_, tally) => tally with { Count = tally.Count + 1 });
            }
        }
        return latencies;
    }

    private static string ErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.GetProperty("error").GetProperty("code").GetString() ?? "";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "(no error envelope)";
        }
    }
}

/// <summary>How often one kind of failure happened, with the first body seen as an example.</summary>
internal sealed record ErrorTally(int Count, string Example);
