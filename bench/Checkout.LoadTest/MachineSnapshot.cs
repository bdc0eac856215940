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

    public static async Task<string> TopAsync(int lines = 18)
    {
        try
        {
            var start = new ProcessStartInfo("top", "-b -n 1 -w 150") { RedirectStandardOutput = true, UseShellExecute = false };
            using var top = Process.Start(start)!;
            var output = await top.StandardOutput.ReadToEndAsync();
            await top.WaitForExitAsync();
            return string.Join(Environment.NewLine, output.Split('\n').Take(lines));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "(top is not installed)";
        }
    }
}
