using System.Security.Cryptography;
using System.Text;

using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Domain.Sessions;

// Fingerprints are stored with every session and compared with each repeat of its order: their bytes must never move.
public sealed class OrderFingerprintTests
{
    [Fact]
    public void Of_HashesTheLengthPrefixedPartsInTheirFixedOrder()
    {
        var order = new SignedOrderBuilder().Build() with { Items = [new OrderItem("sku_1", "Mug", 2.0m, "6.25")] };
        var urls = new RedirectUrls(new Uri("https://shop.example/ok"), new Uri("https://shop.example/back"))
        {
            Order = [new Uri("https://shop.example/orders/ord_1")],
        };
        const string expected = "5:12.503:USD9:sig_ord_123:https://shop.example/ok25:https://shop.example/back"
            + "33:https://shop.example/orders/ord_15:sku_13:Mug3:2.04:6.25";

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expected))), OrderFingerprint.Of(order, urls));
    }

    [Fact]
    public void Of_LongAndNonAsciiParts_HashTheirUtf8Bytes()
    {
        var name = string.Concat(Enumerable.Repeat("Tasse à café ☕ ", 300));
        var order = new SignedOrderBuilder().Build() with { Items = [new OrderItem("sku_1", name, 1m, "6.25")] };
        var urls = new RedirectUrls(new Uri("https://shop.example/ok"), new Uri("https://shop.example/back"));
        var expected = $"5:12.503:USD9:sig_ord_123:https://shop.example/ok25:https://shop.example/back5:sku_1{name.Length}:{name}1:14:6.25";

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expected))), OrderFingerprint.Of(order, urls));
    }

    [Fact]
    public void Of_DiffersWhenOnlyWherePartsSplitDiffers()
    {
        var urls = new RedirectUrls(new Uri("https://shop.example/ok"), new Uri("https://shop.example/back"));
        var one = new SignedOrderBuilder().Build() with { Items = [new OrderItem("ab", "c", 1m, "1.00")] };
        var other = new SignedOrderBuilder().Build() with { Items = [new OrderItem("a", "bc", 1m, "1.00")] };

        Assert.NotEqual(OrderFingerprint.Of(one, urls), OrderFingerprint.Of(other, urls));
    }
}
