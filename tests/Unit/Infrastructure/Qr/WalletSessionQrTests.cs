using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Infrastructure.Qr;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Qr;

public sealed class WalletSessionQrTests
{
    [Fact]
    public void Json_WalletSession_IsExactlyTheThreeMembersInOrderWithoutSpaces()
    {
        var id = QrSessionId.Parse("0123456789abcdef0123456789abcdef");

        var json = WalletSessionQr.Json(new Ocid(200), "https://pay.example/opencharge/", id, DateTimeOffset.FromUnixTimeSeconds(1706400000));

        Assert.Equal("""{"ocid":200,"order":"https://pay.example/opencharge/orders/create/0123456789abcdef0123456789abcdef","expiresAt":1706400000}""", json);
    }
}
