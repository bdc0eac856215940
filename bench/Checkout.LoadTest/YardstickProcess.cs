using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

using OpenCharge.Checkout.BenchSupport;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// ../shared/yardstick (built by bench/load-checkout-create.sh) as its own process, configured as its README says:
/// its database, the bench peers' metadata URLs by OCID, and a loopback port. Its output goes to a log file.
/// </summary>
internal sealed class YardstickProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private YardstickProcess(Process process, string baseUrl, string logFile)
    {
        _process = process;
        BaseUrl = baseUrl;
        LogFile = logFile;
    }

    public string BaseUrl { get; }

    public string LogFile { get; }

    public int ProcessId => _process.Id;

    public static async Task<YardstickProcess> StartAsync(string dll, string connectionString, IReadOnlyDictionary<long, string> peerMetadata, string scratchDirectory)
    {
        var port = ChildProcesses.FreeLoopbackPort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var logFile = Path.Combine(scratchDirectory, "yardstick.log");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        start.Environment["YARDSTICK_PG"] = connectionString;
        start.Environment["YARDSTICK_PEERS"] = string.Join(',', peerMetadata.Select(p => $"{p.Key}={p.Value}"));
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = ChildProcesses.StartLogged(start, logFile);
        var yardstick = new YardstickProcess(process, baseUrl, logFile);
        try
        {
            await yardstick.WaitUntilListeningAsync(port);
            return yardstick;
        }
        catch
        {
            await yardstick.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    /// <summary>It has no health endpoint; it listens once its tables exist.</summary>
    private async Task WaitUntilListeningAsync(int port)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The yardstick exited with code {_process.ExitCode} before listening; see {LogFile}.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
        throw new InvalidOperationException($"The yardstick did not listen on {BaseUrl} within {StartTimeout.TotalSeconds:0} s; see {LogFile}.");
    }
}
