using System.Globalization;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>Command-line settings; bench/load-checkout-create.sh passes all of them.</summary>
internal sealed record LoadOptions(
    string ConnectionString,
    string AppDirectory,
    int Connections,
    TimeSpan Duration,
    TimeSpan Warmup,
    int? PostmasterPid,
    string? ResultsFile)
{
    public const string Usage =
        "Checkout.LoadTest --connection-string CS --app-dir DIR [--connections 64] [--duration 30] [--warmup 5] "
        + "[--postmaster-pid PID] [--results FILE]";

    public static LoadOptions Parse(string[] args)
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

        var options = new LoadOptions(
            Required("connection-string"),
            Required("app-dir"),
            Number("connections", 64),
            TimeSpan.FromSeconds(Number("duration", 30)),
            TimeSpan.FromSeconds(Number("warmup", 5)),
            values.ContainsKey("postmaster-pid") ? Number("postmaster-pid", 0) : null,
            values.GetValueOrDefault("results"));
        if (options.Connections < 1 || options.Duration <= TimeSpan.Zero || options.Warmup < TimeSpan.Zero)
        {
            throw new ArgumentException("--connections and --duration must be positive and --warmup not negative.");
        }
        return options;
    }
}
