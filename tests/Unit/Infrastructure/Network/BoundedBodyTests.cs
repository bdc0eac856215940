using System.Net.Http.Headers;

using OpenCharge.Checkout.Infrastructure.Network;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Network;

public sealed class BoundedBodyTests
{
    [Fact]
    public async Task ReadAsync_BodyOfExactlyTheLimit_ReturnsEveryByte()
    {
        using var content = new StreamContent(new EndlessStream(BoundedBody.MaxBytes));

        var body = await BoundedBody.ReadAsync(content, CancellationToken.None);

        Assert.Equal(BoundedBody.MaxBytes, body.Length);
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverLimit_ThrowsBeforeReadingAByte()
    {
        var stream = new EndlessStream();
        using var content = new StreamContent(stream);
        content.Headers.ContentLength = BoundedBody.MaxBytes + 1;

        await Assert.ThrowsAsync<ResponseTooLargeException>(() => BoundedBody.ReadAsync(content, CancellationToken.None));

        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public async Task ReadAsync_EndlessUndeclaredBody_StopsSoonAfterTheLimit()
    {
        var stream = new EndlessStream();
        using var content = new StreamContent(stream);

        await Assert.ThrowsAsync<ResponseTooLargeException>(() => BoundedBody.ReadAsync(content, CancellationToken.None));

        Assert.InRange(stream.BytesRead, BoundedBody.MaxBytes + 1, BoundedBody.MaxBytes + (64 * 1024));
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthUnderstatesTheBody_StillStopsAtTheLimit()
    {
        var stream = new EndlessStream();
        using var content = new StreamContent(stream);
        content.Headers.ContentLength = 10;
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await Assert.ThrowsAsync<ResponseTooLargeException>(() => BoundedBody.ReadAsync(content, CancellationToken.None));
    }

    /// <summary>A body that never ends (or ends after <c>length</c> bytes) and counts what was read of it.</summary>
    private sealed class EndlessStream(long length = long.MaxValue) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)'x');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
