using System.Text.Json;

using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Infrastructure.Protocol.Orders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Orders;

public sealed class OrderReaderTests
{
    private const string ValidOrder =
        """{"id":"ord_1","ocid":9801,"amount":"12.50","currency":"USD","createdAt":1796166000,"expiresAt":1796169600}""";

    [Fact]
    public void Read_ValidOrder_ReadsTheTimes()
    {
        var fields = new JsonFields("order.", []);
        using var document = JsonDocument.Parse(ValidOrder);

        var order = OrderReader.Read(document.RootElement, "sig", fields);

        Assert.NotNull(order);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1796169600), order.ExpiresAt);
    }

    [Fact]
    public void Read_ExpiresAtInJavaScriptMillisecondsPastYear9999_ReportsExpiresAtInsteadOfThrowing()
    {
        var fields = new JsonFields("order.", []);
        using var document = JsonDocument.Parse(ValidOrder.Replace("1796169600", "1796166996714", StringComparison.Ordinal));

        var order = OrderReader.Read(document.RootElement, "sig", fields);

        Assert.Null(order);
        Assert.Equal("must be Unix seconds.", fields.Problems["order.expiresAt"]);
    }
}
