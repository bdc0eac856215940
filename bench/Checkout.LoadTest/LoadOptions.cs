using OpenCharge.Checkout.BenchSupport;

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
        var arguments = CommandLineArguments.Parse(args, Usage);

        var options = new LoadOptions(
            arguments.Required("connection-string"),
            arguments.Required("app-dir"),
            arguments.Number("connections", 64),
            TimeSpan.FromSeconds(arguments.Number("duration", 30)),
            TimeSpan.FromSeconds(arguments.Number("warmup", 5)),
            arguments.OptionalNumber("postmaster-pid"),
            arguments.Optional("results"));
        if (options.Connections < 1 || options.Duration <= TimeSpan.Zero || options.Warmup < TimeSpan.Zero)
        {
            throw new ArgumentException("--connections and --duration must be positive and --warmup not negative.");
        }
        return options;
    }
}
