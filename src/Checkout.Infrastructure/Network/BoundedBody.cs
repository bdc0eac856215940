using System.Buffers;

namespace OpenCharge.Checkout.Infrastructure.Network;

/// <summary>
/// The one way we read a body a peer, a registry or a metadata host sends us: at most <see cref="MaxBytes"/>, refused
/// as soon as the declared length or the bytes read pass it, so a hostile answer is never buffered whole. Callers
/// must ask for <see cref="HttpCompletionOption.ResponseHeadersRead"/>, or HttpClient buffers the body first.
/// </summary>
internal static class BoundedBody
{
    /// <summary>Metadata documents, index answers and protocol responses are a few KB; 64 KB leaves ample room.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <exception cref="ResponseTooLargeException">The body is longer than <see cref="MaxBytes"/>.</exception>
    public static async Task<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxBytes)
        {
            throw new ResponseTooLargeException(MaxBytes);
        }
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > MaxBytes)
                {
                    throw new ResponseTooLargeException(MaxBytes);
                }
                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return body.ToArray();
    }
}
