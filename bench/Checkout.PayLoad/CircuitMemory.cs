using System.Globalization;

using Microsoft.Playwright;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>
/// P4, second half: memory per interactive checkout circuit. The Release app runs as its own process (Development, as
/// the E2E suite runs it); headless Chromium opens one checkout page per session and waits until each page's circuit
/// is live. The app's working set and anonymous memory are read before the pages open and after they all hold their
/// circuits, and divided by the number of pages.
/// </summary>
internal sealed class CircuitMemory(BenchDatabase database, PayLoadOptions options)
{
    private const double MiB = 1024 * 1024;
    private const string AppLog = "checkout-web.log";

    // Live once the circuit has taken over the prerendered page: the server-driven countdown has ticked.
    private const string CircuitIsLive =
        "prerendered => { const timer = document.querySelector('[role=timer]'); return timer && timer.textContent !== prerendered; }";

    public async Task<PhaseResult> RunAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var sessions = Enumerable.Range(0, options.Pages + 1).Select(n => BenchSessions.Open($"page_{n}", now)).ToArray();
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

            // Warm-up: the first circuit pays for JIT, caches and pools; it stays open but is not counted.
            await OpenLiveAsync(context, sessions[0].Id.ToString());
            await Task.Delay(TimeSpan.FromSeconds(2));
            var before = ProcessMemory.Of(app.ProcessId);

            foreach (var session in sessions.Skip(1))
            {
                await OpenLiveAsync(context, session.Id.ToString());
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
            var after = ProcessMemory.Of(app.ProcessId);

            var perCircuit = (after.ResidentBytes - before.ResidentBytes) / MiB / options.Pages;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"checkout circuits: {options.Pages} live pages; app working set {before.ResidentBytes / MiB:0.0} → {after.ResidentBytes / MiB:0.0} MiB = {perCircuit:0.000} MiB per circuit; anonymous {before.AnonymousBytes / MiB:0.0} → {after.AnonymousBytes / MiB:0.0} MiB = {(after.AnonymousBytes - before.AnonymousBytes) / MiB / options.Pages:0.000} MiB per circuit"));
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

    private static async Task OpenLiveAsync(IBrowserContext context, string sessionId)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/pay/{sessionId}");
        var prerendered = await page.GetByRole(AriaRole.Timer).TextContentAsync();
        await page.WaitForFunctionAsync(CircuitIsLive, prerendered, new PageWaitForFunctionOptions { Timeout = 60_000 });
    }
}
