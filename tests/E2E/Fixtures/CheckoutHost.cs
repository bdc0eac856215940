using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

using OpenCharge.Checkout.E2E.Security;

using OpenCharge.Checkout.TestSupport;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// The real Checkout.Web, run as its own process the way it runs in production: real Kestrel on a loopback
/// port, its own configuration, and a process a test may kill and start again against the same database.
/// </summary>
public sealed class CheckoutHost : IAsyncDisposable
{
    // Two cores shared by several builds and test runs can take a minute just to migrate a fresh database.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);
    private const int LogLinesInErrors = 200;

    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _scratchDirectory;
    private readonly List<string> _log = [];
    private Process? _process;
    private StreamWriter? _logFile;

    private CheckoutHost(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        _connectionString = connectionString;
        _settings = settings;
        _scratchDirectory = Directory.CreateTempSubdirectory("checkout-e2e-").FullName;
        Port = FreeLoopbackPort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        foreach (var setting in settings.Where(static setting => LooksSecret(setting.Key)))
        {
            LoggedSecrets.Remember(setting.Value);
        }
    }

    /// <summary>Stays the same across <see cref="RestartAsync"/>, so peers configured with it keep working.</summary>
    public string BaseUrl { get; }

    public int Port { get; }

    /// <summary>Kept across restarts: secrets the app sealed with this key must still open after a restart.</summary>
    public string MasterKeyFile => Path.Combine(_scratchDirectory, "master.key");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Everything the app wrote to stdout and stderr so far, across restarts.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join(Environment.NewLine, _log);
            }
        }
    }

    /// <summary>
    /// Starts the app and waits until <c>GET /</c> answers. <paramref name="settings"/> are extra configuration
    /// keys in either <c>Section:Key</c> or <c>Section__Key</c> form; they are applied last, so they win.
    /// </summary>
    public static async Task<CheckoutHost> StartAsync(
        string connectionString,
        IReadOnlyDictionary<string, string>? settings = null,
        CancellationToken cancellationToken = default)
    {
        var host = new CheckoutHost(connectionString, settings ?? new Dictionary<string, string>());
        try
        {
            await host.StartProcessAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the app if it still runs, then starts it again with the same port, database, key and settings.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync();
        AppendLog("----- restarting -----");
        await StartProcessAsync(cancellationToken);
    }

    /// <summary>Asks the app to shut down as an orchestrator would (SIGTERM), and kills it if it does not within 15 s.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            RequestShutdown(_process);
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                AppendLog($"----- did not stop within {StopTimeout.TotalSeconds:0} s; killing -----");
            }
        }

        Kill();
    }

    /// <summary>Ends the app at once, with no chance to finish requests or flush anything: a crash.</summary>
    public void Kill()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        // Also waits until the output readers have seen the end of both streams, so Log is complete.
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
        lock (_log)
        {
            _logFile?.Dispose();
            _logFile = null;
        }
        LoggedSecrets.Remember(File.Exists(MasterKeyFile) ? File.ReadAllText(MasterKeyFile).Trim() : null);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_scratchDirectory, recursive: true);
    }

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The app is already running.");
        }

        var appDirectory = AppDirectory();
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = appDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(appDirectory, "Checkout.Web.dll"));
        foreach (var (key, value) in AppEnvironment())
        {
            start.Environment[key] = value;
        }

        lock (_log)
        {
            // Every start gets its own file for the secrets scan after the suite (Security/AppLogSecretsTests).
            _logFile = new StreamWriter(AppLogs.NewLogFile("checkout")) { AutoFlush = true };
        }
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => AppendLog(e.Data);
        process.ErrorDataReceived += (_, e) => AppendLog(e.Data is null ? null : "stderr: " + e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        await WaitUntilAnsweringAsync(process, cancellationToken);
    }

    private IEnumerable<KeyValuePair<string, string>> AppEnvironment()
    {
        yield return new("ASPNETCORE_ENVIRONMENT", "Development");
        yield return new("ASPNETCORE_URLS", BaseUrl);
        yield return new("ConnectionStrings__Checkout", _connectionString);
        yield return new("Opencharge__PublicBaseUrl", BaseUrl);
        yield return new("Opencharge__MasterKeyFile", MasterKeyFile);
        // One line per message keeps the captured log readable in a failure message.
        yield return new("Logging__Console__FormatterOptions__SingleLine", "true");
        yield return new("Logging__Console__FormatterOptions__TimestampFormat", "HH:mm:ss.fff ");
        foreach (var (key, value) in _settings)
        {
            yield return new(key.Replace(":", "__", StringComparison.Ordinal), value);
        }
    }

    private async Task WaitUntilAnsweringAsync(Process process, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                throw Failure($"Checkout.Web exited with code {process.ExitCode} before answering GET {BaseUrl}/.");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl + "/", cancellationToken);
                return;
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not listening yet (or still migrating the database); try again below.
            }

            if (clock.Elapsed > StartTimeout)
            {
                Kill();
                throw Failure($"Checkout.Web did not answer GET {BaseUrl}/ within {StartTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }

    private InvalidOperationException Failure(string message)
    {
        string[] tail;
        lock (_log)
        {
            tail = [.. _log.TakeLast(LogLinesInErrors)];
        }

        return new InvalidOperationException(
            $"{message}{Environment.NewLine}--- last {tail.Length} lines of its output ---{Environment.NewLine}"
            + string.Join(Environment.NewLine, tail));
    }

    private void AppendLog(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.Add(line);
            _logFile?.WriteLine(line);
        }
    }

    private static bool LooksSecret(string settingKey) =>
        settingKey.EndsWith("Key", StringComparison.OrdinalIgnoreCase) || settingKey.EndsWith("Password", StringComparison.OrdinalIgnoreCase);

    private static void RequestShutdown(Process process)
    {
        if (OperatingSystem.IsWindows())
        {
            process.Kill(entireProcessTree: true);
            return;
        }

        // .NET has no API that sends SIGTERM to another process; ASP.NET Core stops gracefully on it.
        if (SendSignal(process.Id, SigTerm) != 0)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [UnsupportedOSPlatform("windows")]
    private static extern int SendSignal(int pid, int signal);

    private static int FreeLoopbackPort()
    {
        // The port is free now; Kestrel binds it a moment later. Another process could take it in between,
        // which would show up as a clear bind failure in the log rather than as a flaky test.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";

    // The app is built by this project's build (a non-referencing ProjectReference), in the same configuration
    // and for the same target framework as this test assembly.
    internal static string AppDirectory()
    {
        var assembly = typeof(CheckoutHost).Assembly;
        var configuration = assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = new FrameworkName(
            assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName).Version;
        var directory = Path.Combine(RepositoryRoot.Path, "src", "Checkout.Web", "bin", configuration, $"net{framework.Major}.{framework.Minor}");
        if (!File.Exists(Path.Combine(directory, "Checkout.Web.dll")))
        {
            throw new InvalidOperationException($"Checkout.Web.dll is not in {directory}. Build the solution ({configuration}) first.");
        }

        return directory;
    }
}
