using System.Diagnostics;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>What else the machine is doing: the load average and the busiest processes per <c>top</c>.</summary>
internal static class MachineSnapshot
{
    public static string LoadAverage()
    {
        var fields = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"{fields[0]}, {fields[1]}, {fields[2]}";
    }

    /// <summary>The busiest processes, or with <paramref name="threadsOf"/> the busiest threads of that process.</summary>
    public static async Task<string> TopAsync(int? threadsOf = null)
    {
        var arguments = threadsOf is { } pid ? $"-H -b -n 1 -w 150 -p {pid}" : "-b -n 1 -w 150";
        try
        {
            var start = new ProcessStartInfo("top", arguments) { RedirectStandardOutput = true, UseShellExecute = false };
            using var top = Process.Start(start)!;
            var output = await top.StandardOutput.ReadToEndAsync();
            await top.WaitForExitAsync();
            var lines = output.Split('\n');
            // Skip the summary header of a per-thread listing: the whole-machine listing already shows it.
            return string.Join(Environment.NewLine, threadsOf is null ? lines.Take(18) : lines.SkipWhile(l => !l.TrimStart().StartsWith("PID", StringComparison.Ordinal)).Take(14));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(top is not installed)";
        }
    }
}
