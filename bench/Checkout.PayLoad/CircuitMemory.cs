using System.Globalization;

using Microsoft.Playwright;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>
/// P4, second half: memory per interactive checkout circuit. The Release app runs as its own process (Development, as
/// the E2E suite runs it); headless Chromium opens one checkout page per session and waits until each page's circuit
/// is live. The app's working set and its parts are read before the pages open and after they all hold their circuits,
/// each time after a full garbage collection, and divided by the number of pages.
/// </summary>
internal sealed class CircuitMemory(BenchDatabase database, PayLoadOptions options)
{
    private const double MiB = 1024 * 1024;
    private const string AppLog = "checkout-web.log";

    // The first pages pay for JIT, caches, pools and heap growth; they stay open but are not counted. The runtime
    // recompiles a method once it has run 30 times, so the warm-up opens more pages than that: with one warm-up page,
    // the recompiled render path (the runtime's shared, double-mapped code memory) was charged to the circuits.
    private const int WarmUpPages = 40;

    // Live once the circuit has taken over the prerendered page: the server-driven countdown has ticked.
    private const string CircuitIsLive =
        "prerendered => { const timer = document.querySelector('[role=timer]'); return timer && timer.textContent !== prerendered; }";

    public async Task<PhaseResult> RunAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var sessions = Enumerable.Range(0, options.Pages + WarmUpPages).Select(n => BenchSessions.Open($"page_{n}", now)).ToArray();
        await database.StoreAsync(sessions);

        var scratch = Directory.CreateTempSubdirectory("checkout-payload-").FullName;
        try
        {
            await using var gateway = await BenchPeer.StartAsync(BenchSessions.Gateway.Value);
            await using var merchant = await BenchPeer.StartAsync(BenchSessions.Merchant.Value);
            await using var app = await CheckoutProcess.StartAsync(options.AppDirectory, scratch, new Dictionary<string, string>
            {
                // As the E2E suite runs it: Development serves the static web assets (blazor.web.js) from the build
                // output, which Production expects from a published app. The sandbox's demo peers and seed are not needed.
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Sandbox__Enabled"] = "false",
                ["ConnectionStrings__Checkout"] = database.ConnectionString,
                ["Opencharge__Network__AllowPrivateAddresses"] = "true",
                ["Opencharge__Registry__AllowPlainHttp"] = "true",
                [$"Opencharge__Registry__Peers__{BenchSessions.Gateway.Value}"] = gateway.Endpoint,
                [$"Opencharge__Registry__Peers__{BenchSessions.Merchant.Value}"] = merchant.Endpoint,
            });

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl });

            foreach (var session in sessions.Take(WarmUpPages))
            {
                await OpenLiveAsync(context, session.Id.ToString());
            }
            var before = await SettledMemoryAsync(app.ProcessId);

            foreach (var session in sessions.Skip(WarmUpPages))
            {
                await OpenLiveAsync(context, session.Id.ToString());
            }
            var after = await SettledMemoryAsync(app.ProcessId);

            var perCircuit = (after.ResidentBytes - before.ResidentBytes) / MiB / options.Pages;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"checkout circuits: {options.Pages} live pages after {WarmUpPages} warm-up pages; app working set {before.ResidentBytes / MiB:0.0} → {after.ResidentBytes / MiB:0.0} MiB = {perCircuit:0.000} MiB per circuit"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  of which per circuit: anonymous {PerPage(before.AnonymousBytes, after.AnonymousBytes):0.000} MiB, shared (runtime code) {PerPage(before.SharedBytes, after.SharedBytes):0.000} MiB, mapped files {PerPage(before.FileBytes, after.FileBytes):0.000} MiB"));
            return new PhaseResult(perCircuit, true);
        }
        catch (Exception) when (File.Exists(Path.Combine(scratch, AppLog)))
        {
            // The scratch directory goes with the app's log; show why it failed first.
            foreach (var line in File.ReadLines(Path.Combine(scratch, AppLog)).TakeLast(20))
            {
                Console.Error.WriteLine("  | " + line);
            }
            throw;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private double PerPage(long before, long after) => (after - before) / MiB / options.Pages;

    // Timers and tiered compilation settle first; the induced collection then leaves only what the process holds.
    private static async Task<ProcessMemory> SettledMemoryAsync(int processId)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        await InducedCollection.RunAsync(processId);
        return ProcessMemory.Of(processId);
    }

    private static async Task OpenLiveAsync(IBrowserContext context, string sessionId)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/pay/{sessionId}");
        var prerendered = await page.GetByRole(AriaRole.Timer).TextContentAsync();
        await page.WaitForFunctionAsync(CircuitIsLive, prerendered, new PageWaitForFunctionOptions { Timeout = 60_000 });
    }
}
