using OpenCharge.Checkout.BenchSupport;

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
        var arguments = CommandLineArguments.Parse(args, Usage);

        var options = new FuzzOptions(
            arguments.Required("connection-string"),
            arguments.Required("app-dir"),
            arguments.Number("requests", 100_000),
            // A fresh seed per run unless one is given; it is printed first so that any run can be replayed.
            arguments.Number("seed", Random.Shared.Next()),
            arguments.Number("concurrency", 16),
            arguments.Number("batch", 64),
            arguments.Optional("results"),
            arguments.Optional("app-log"));
        if (options.Requests < 1 || options.Concurrency < 1 || options.BatchSize < 1)
        {
            throw new ArgumentException("--requests, --concurrency and --batch must be positive.");
        }
        return options;
    }
}
