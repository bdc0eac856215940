using System.Text;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Http;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Http;

public sealed class OrderCreateRequestReaderTests
{
    private static readonly Ocid Store = new(9001);

    [Fact]
    public void Read_OneLinePerProduct_ReturnsTheLines()
    {
        var (lines, error) = OrderCreateRequestReader.Read(Body("""{"items":[{"id":"mug","quantity":2},{"id":"tee","quantity":1}]}"""), Store);

        Assert.Null(error);
        Assert.Equal(2, lines!.Count);
    }

    // Found by bench/fuzz.sh: thousands of repeated lines made a description too long for its column and a 500.
    [Fact]
    public void Read_SameProductTwice_IsInvalidRequest()
    {
        var (lines, error) = OrderCreateRequestReader.Read(Body("""{"items":[{"id":"mug","quantity":1},{"id":"mug","quantity":1}]}"""), Store);

        Assert.Null(lines);
        Assert.Equal("INVALID_REQUEST", error!.Code);
    }

    private static ReadOnlyMemory<byte> Body(string json) => Encoding.UTF8.GetBytes(json);
}
