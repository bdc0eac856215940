using System.Globalization;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>Command-line settings; bench/load-checkout-create.sh passes all of them.</summary>
internal sealed record LoadOptions(
    string ConnectionString,
    string AppDirectory,
    IReadOnlyList<int> ConnectionCounts,
    TimeSpan Duration,
    TimeSpan Warmup,
    int Rounds,
    int? PostmasterPid,
    string? ResultsFile,
    string? YardstickDll,
    string? YardstickConnectionString)
{
    public const string Usage =
        "Checkout.LoadTest --connection-string CS --app-dir DIR [--connections 64,8] [--duration 30] [--warmup 30] [--rounds 5] "
        + "[--postmaster-pid PID] [--results FILE] [--yardstick-dll DLL --yardstick-connection-string CS]";

    public int MaxConnections => ConnectionCounts.Max();

    public static LoadOptions Parse(string[] args)
    {
        var arguments = CommandLineArguments.Parse(args, Usage);

        var options = new LoadOptions(
            arguments.Required("connection-string"),
            arguments.Required("app-dir"),
            [.. (arguments.Optional("connections") ?? "64,8").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            TimeSpan.FromSeconds(arguments.Number("duration", 30)),
            TimeSpan.FromSeconds(arguments.Number("warmup", 30)),
            arguments.Number("rounds", 5),
            arguments.OptionalNumber("postmaster-pid"),
            arguments.Optional("results"),
            arguments.Optional("yardstick-dll"),
            arguments.Optional("yardstick-connection-string"));
        if (options.ConnectionCounts.Any(c => c < 1) || options.Duration <= TimeSpan.Zero || options.Warmup < TimeSpan.Zero || options.Rounds < 1)
        {
            throw new ArgumentException("--connections, --duration and --rounds must be positive and --warmup not negative.");
        }
        if ((options.YardstickDll is null) != (options.YardstickConnectionString is null))
        {
            throw new ArgumentException("--yardstick-dll and --yardstick-connection-string go together.");
        }
        return options;
    }
}
