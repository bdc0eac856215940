using System.Net;
using System.Net.Sockets;

namespace OpenCharge.Checkout.OutboxBench;

/// <summary>
/// A dead receiver: it accepts TCP connections and never reads or answers, so every call to it (the metadata look-up
/// first) lasts until the caller's timeout.
/// </summary>
internal sealed class BlackHole : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _held = [];
    private readonly Task _accepting;

    public BlackHole(long ocid)
    {
        Ocid = ocid;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public long Ocid { get; }

    public string Endpoint => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/opencharge";

    /// <summary>Connections accepted so far: each is one call that will never be answered.</summary>
    public int Connections
    {
        get
        {
            lock (_held)
            {
                return _held.Count;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        lock (_held)
        {
            _held.ForEach(socket => socket.Dispose());
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                lock (_held)
                {
                    _held.Add(socket);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
