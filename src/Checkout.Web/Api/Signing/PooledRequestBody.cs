using System.Buffers;

namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>
/// A signed request's body, read once into a pooled buffer that every consumer shares: the signature check, the
/// idempotency hash, the parser and, through a read-only stream over the same bytes, model binding. The buffer goes
/// back to the pool when the response has been sent.
/// </summary>
internal sealed class PooledRequestBody : IDisposable
{
    private const int FirstBufferSize = 4096;

    private byte[] _buffer;

    private PooledRequestBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Bytes => _buffer.AsMemory(0, Length);

    public static async ValueTask<PooledRequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and <= int.MaxValue - 1 ? (int)request.ContentLength.Value + 1 : FirstBufferSize);
        var length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan().CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
        return new PooledRequestBody(buffer, length);
    }

    public Stream AsStream() => new MemoryStream(_buffer, 0, Length, writable: false);

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
