using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.OutboxBench;

/// <summary>What to measure and how much of it; bench/outbox.sh passes the database it owns.</summary>
internal sealed record BenchOptions(string Benchmark, string ConnectionString, int Payments, int Warmup, int Proofs, int Receivers, TimeSpan TimeLimit)
{
    private const string Usage =
        "Checkout.OutboxBench --bench p3|p5 --connection-string <npgsql> [--payments 200] [--warmup 20] [--proofs 100000] [--receivers 10] [--seconds 60]";

    public static BenchOptions Parse(string[] args)
    {
        var arguments = CommandLineArguments.Parse(args, Usage);
        var options = new BenchOptions(
            arguments.Required("bench"),
            arguments.Required("connection-string"),
            arguments.Number("payments", 200),
            arguments.Number("warmup", 20),
            arguments.Number("proofs", 100_000),
            arguments.Number("receivers", 10),
            TimeSpan.FromSeconds(arguments.Number("seconds", 60)));
        if (options.Benchmark is not ("p3" or "p5") || options.Receivers < 2 || options.Payments < 1 || options.Proofs < options.Receivers)
        {
            throw new ArgumentException($"Check the arguments. Usage: {Usage}");
        }
        return options;
    }
}
