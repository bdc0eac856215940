using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace OpenCharge.Checkout.BenchSupport;

/// <summary>
/// The Release Checkout.Web as its own process (as tests/E2E/Fixtures/CheckoutHost runs it), in Production mode unless
/// the settings name another <c>ASPNETCORE_ENVIRONMENT</c>, on a free loopback port, with its output in a log file so
/// that warnings do not interleave with the report.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class CheckoutProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private const int SigTerm = 15;

    private readonly Process _process;

    private CheckoutProcess(Process process, string baseUrl, string logFile)
    {
        _process = process;
        BaseUrl = baseUrl;
        LogFile = logFile;
    }

    public string BaseUrl { get; }

    public string LogFile { get; }

    public int ProcessId => _process.Id;

    public static async Task<CheckoutProcess> StartAsync(string appDirectory, string scratchDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var baseUrl = $"http://127.0.0.1:{ChildProcesses.FreeLoopbackPort()}";
        var logFile = Path.Combine(scratchDirectory, "checkout-web.log");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = appDirectory };
        start.ArgumentList.Add(Path.Combine(appDirectory, "Checkout.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["Opencharge__PublicBaseUrl"] = baseUrl;
        start.Environment["Opencharge__MasterKeyFile"] = Path.Combine(scratchDirectory, "master.key");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = ChildProcesses.StartLogged(start, logFile);
        var app = new CheckoutProcess(process, baseUrl, logFile);
        try
        {
            await app.WaitUntilHealthyAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGTERM, as an orchestrator stops it; killed if still running after 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited && SendSignal(_process.Id, SigTerm) == 0)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Falls through to the kill below.
            }
        }
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Checkout.Web exited with code {_process.ExitCode} before /health answered; see {LogFile}.");
            }
            try
            {
                using var response = await http.GetAsync(BaseUrl + "/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still migrating the database.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
        throw new InvalidOperationException($"Checkout.Web did not report healthy at {BaseUrl}/health within {StartTimeout.TotalSeconds:0} s; see {LogFile}.");
    }

    // .NET has no API that sends SIGTERM to another process; ASP.NET Core shuts down gracefully on it.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}
