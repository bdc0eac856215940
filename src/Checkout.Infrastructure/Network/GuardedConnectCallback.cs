using System.Net;
using System.Net.Sockets;

namespace OpenCharge.Checkout.Infrastructure.Network;

/// <summary>
/// Resolves the host itself and connects only to addresses the policy allows. Checking at connect time (not on the
/// URL) also defeats DNS names that point at private addresses and DNS rebinding.
/// </summary>
internal static class GuardedConnectCallback
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(bool allowPrivateAddresses) =>
        async (context, cancellationToken) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var allowed = addresses.Where(a => allowPrivateAddresses || AddressPolicy.IsPublic(a)).ToArray();
            if (allowed.Length == 0)
            {
                throw new OutboundAddressRefusedException(context.DnsEndPoint.Host);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
