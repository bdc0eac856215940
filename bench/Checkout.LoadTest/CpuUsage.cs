using System.Diagnostics;
using System.Globalization;

namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// CPU time of a process, or of a process and its children (PostgreSQL's backends), read from <c>/proc</c>: user plus
/// system clock ticks, assumed to be 100 a second (Linux's USER_HZ on every mainstream architecture). Measured over
/// one or more intervals, each from <see cref="Start"/> to <see cref="Stop"/>.
/// </summary>
internal sealed class CpuUsage(string name, int pid, bool withChildren)
{
    private const double TicksPerSecond = 100;

    private readonly Stopwatch _clock = new();
    private Dictionary<int, long> _start = [];
    private long _ticks;

    public string Name => name;

    /// <summary>Cores used over the measured intervals: CPU seconds divided by wall-clock seconds.</summary>
    public double CoresUsed => _clock.Elapsed == TimeSpan.Zero ? 0 : _ticks / TicksPerSecond / _clock.Elapsed.TotalSeconds;

    public void Start()
    {
        _start = Sample();
        _clock.Start();
    }

    public void Stop()
    {
        _clock.Stop();
        _ticks += Sample().Sum(p => p.Value - _start.GetValueOrDefault(p.Key));
    }

    private Dictionary<int, long> Sample()
    {
        var sample = new Dictionary<int, long>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var candidate))
            {
                continue;
            }
            if (ReadStat(candidate) is { } stat && (candidate == pid || (withChildren && stat.ParentPid == pid)))
            {
                sample[candidate] = stat.CpuTicks;
            }
        }
        return sample;
    }

    private static (int ParentPid, long CpuTicks)? ReadStat(int processId)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        // Fields after the command name in parentheses (which may itself hold spaces): state is field 3, ppid 4,
        // utime 14 and stime 15 (proc(5)).
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (int.Parse(fields[1], CultureInfo.InvariantCulture),
            long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
    }
}
