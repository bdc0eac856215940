using System.Collections.Concurrent;
using System.Globalization;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>Counts per status, error code and request kind, and the failures with enough context to replay them.</summary>
internal sealed class FuzzStats
{
    private const int KeptFailures = 100;

    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentQueue<string> _drops = new();
    private int _dropCount;
    private int _failureCount;
    private int _sent;
    private int _byParser;
    private int _notSent;
    private long _logRows;

    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    public ConcurrentDictionary<string, int> Codes { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

    public int Sent => Volatile.Read(ref _sent);

    public int Failures => Volatile.Read(ref _failureCount);

    public int RefusedByHttpParser => Volatile.Read(ref _byParser);

    public int NotSent => Volatile.Read(ref _notSent);

    public long LogRowsFromRefused => Interlocked.Read(ref _logRows);

    public IEnumerable<string> FailureExamples => _failures;

    public int Dropped => Volatile.Read(ref _dropCount);

    public IEnumerable<string> DropExamples => _drops;

    public void Record(FuzzRequest request, Verdict verdict)
    {
        Interlocked.Increment(ref _sent);
        Statuses.AddOrUpdate(verdict.Status, 1, (_, n) => n + 1);
        Kinds.AddOrUpdate(KindFamily(request.Kind), 1, (_, n) => n + 1);
        if (verdict.ErrorCode is { } code)
        {
            Codes.AddOrUpdate(code, 1, (_, n) => n + 1);
        }
        if (verdict.RefusedByHttpParser)
        {
            Interlocked.Increment(ref _byParser);
        }
    }

    /// <summary>HttpClient refused to send it (a header value it will not encode); not a request the app saw.</summary>
    public void RecordNotSent() => Interlocked.Increment(ref _notSent);

    /// <summary>
    /// The connection closed without an answer. Kestrel does that on purpose when it stops reading an oversized or
    /// unread body, and under CPU starvation when a body arrives below its minimum data rate; counted and shown, not
    /// failed, since a crash would show as a run of these and a dead app.
    /// </summary>
    public void RecordDropped(string description)
    {
        if (Interlocked.Increment(ref _dropCount) <= KeptFailures / 5)
        {
            _drops.Enqueue(description);
        }
    }

    public void RecordLogRows(long rows) => Interlocked.Add(ref _logRows, rows);

    public void Fail(string description)
    {
        if (Interlocked.Increment(ref _failureCount) <= KeptFailures)
        {
            _failures.Enqueue(description);
        }
    }

    public static string Histogram<TKey>(IEnumerable<KeyValuePair<TKey, int>> counts) where TKey : notnull =>
        string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));

    private static string KindFamily(string kind) => kind.StartsWith("auth:", StringComparison.Ordinal) ? "auth-mutation" : kind;
}
