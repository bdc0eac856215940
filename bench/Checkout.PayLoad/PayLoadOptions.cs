using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.PayLoad;

/// <param name="Server">Npgsql connection string of a server the tool may create and drop databases on.</param>
/// <param name="AppDirectory">The Release Checkout.Web output, run as its own process for the circuit phase.</param>
/// <param name="Wallets">Shoppers paying the one merchant at the same time.</param>
/// <param name="PaymentsPerWallet">Sessions each wallet pays in the timed phase.</param>
/// <param name="WarmupPerWallet">Sessions each wallet pays before it, not timed, so that the JIT has settled.</param>
/// <param name="Seconds">Upper bound of each timed phase.</param>
/// <param name="PoolSize">Database connections the use cases (and the reference) share, as the app's pool would.</param>
/// <param name="Pages">Chromium pages held open on the checkout page; 0 skips the circuit phase.</param>
/// <param name="Chromium">The browser executable; Playwright never downloads one here.</param>
internal sealed record PayLoadOptions(
    string Server, string AppDirectory, int Wallets, int PaymentsPerWallet, int WarmupPerWallet, int Seconds, int PoolSize, int Pages, string Chromium)
{
    private const string Usage =
        "Checkout.PayLoad --server <connection string> --app <Checkout.Web bin dir> [--wallets 200] [--payments 40] [--warmup 40] [--seconds 20] [--pool 16] [--pages 100] [--chromium /usr/bin/chromium]";

    public static PayLoadOptions Parse(string[] args)
    {
        var arguments = CommandLineArguments.Parse(args, Usage);
        return new PayLoadOptions(
            arguments.Required("server"),
            Path.GetFullPath(arguments.Required("app")),
            arguments.Number("wallets", 200),
            arguments.Number("payments", 40),
            arguments.Number("warmup", 40),
            arguments.Number("seconds", 20),
            arguments.Number("pool", 16),
            arguments.Number("pages", 100),
            arguments.Optional("chromium") ?? "/usr/bin/chromium");
    }
}
