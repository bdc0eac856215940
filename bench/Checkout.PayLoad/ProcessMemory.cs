using System.Globalization;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>
/// Another process's memory from <c>/proc/PID/status</c>: its resident set (working set) and the three parts the kernel
/// splits it into. Anonymous pages hold the managed heap, native allocations and every circuit's state; shared memory
/// is the runtime's double-mapped code and loader heaps (W^X); file pages are the mapped assemblies and libraries.
/// </summary>
internal sealed record ProcessMemory(long ResidentBytes, long AnonymousBytes, long SharedBytes, long FileBytes)
{
    public static ProcessMemory Of(int processId)
    {
        var fields = File.ReadLines($"/proc/{processId}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim());
        return new ProcessMemory(
            Kibibytes(fields["VmRSS"]), Kibibytes(fields["RssAnon"]), Kibibytes(fields["RssShmem"]), Kibibytes(fields["RssFile"]));
    }

    private static long Kibibytes(string value) => long.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
}
