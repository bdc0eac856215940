using System.Diagnostics.Tracing;

using Microsoft.Diagnostics.NETCore.Client;

namespace OpenCharge.Checkout.PayLoad;

/// <summary>
/// Makes another .NET process run a full, blocking garbage collection, the way <c>dotnet-gcdump</c> does: an EventPipe
/// session that asks the runtime for its GC heap-collect keyword. Memory read after it is what the process still holds,
/// not garbage that no collection has reached yet.
/// </summary>
internal static class InducedCollection
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcHeapCollectKeyword = 0x800000;

    // The collection runs as the session opens; this leaves it time to finish and the GC to return what it freed.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        using var session = await client.StartEventPipeSessionAsync(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, GcHeapCollectKeyword)], requestRundown: false, token: CancellationToken.None);
        // The runtime blocks on a full session buffer, so the stream is read until the session ends.
        var drained = session.EventStream.CopyToAsync(Stream.Null);
        await Task.Delay(Settle);
        await session.StopAsync(CancellationToken.None);
        await drained;
    }
}
