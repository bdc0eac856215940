using System.Globalization;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>Command-line settings; bench/fuzz.sh passes the first two and forwards the rest.</summary>
internal sealed record FuzzOptions(
    string ConnectionString,
    string AppDirectory,
    int Requests,
    int Seed,
    int Concurrency,
    int BatchSize,
    string? ResultsFile,
    string? AppLogCopy)
{
    public const string Usage =
        "Checkout.Fuzz --connection-string CS --app-dir DIR [--requests 100000] [--seed N] [--concurrency 16] "
        + "[--batch 64] [--results FILE] [--app-log FILE]";

    public static FuzzOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'. Usage: {Usage}");
            }
            values[args[i][2..]] = args[++i];
        }
        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"--{name} is required. Usage: {Usage}");
        int Number(string name, int fallback) => values.TryGetValue(name, out var value)
            ? int.Parse(value, CultureInfo.InvariantCulture)
            : fallback;

        var options = new FuzzOptions(
            Required("connection-string"),
            Required("app-dir"),
            Number("requests", 100_000),
            // A fresh seed per run unless one is given; it is printed first so that any run can be replayed.
            Number("seed", Random.Shared.Next()),
            Number("concurrency", 16),
            Number("batch", 64),
            values.GetValueOrDefault("results"),
            values.GetValueOrDefault("app-log"));
        if (options.Requests < 1 || options.Concurrency < 1 || options.BatchSize < 1)
        {
            throw new ArgumentException("--requests, --concurrency and --batch must be positive.");
        }
        return options;
    }
}
