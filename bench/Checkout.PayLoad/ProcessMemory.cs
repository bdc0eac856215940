using System.Globalization;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>
/// Another process's memory from <c>/proc/PID/status</c>: its resident set (working set) and, within it, the anonymous
/// pages, which hold the managed heap and every circuit's state (the rest is mapped code and files).
/// </summary>
internal sealed record ProcessMemory(long ResidentBytes, long AnonymousBytes)
{
    public static ProcessMemory Of(int processId)
    {
        var fields = File.ReadLines($"/proc/{processId}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        return new ProcessMemory(Kibibytes(fields["VmRSS"]), Kibibytes(fields["RssAnon"]));
    }

    private static long Kibibytes(string value) => long.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
}
