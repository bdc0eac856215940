using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;

namespace OpenCharge.Checkout.UnitTests.Domain.Qr;

public sealed class QrPayloadWriterTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1706300000);

    [Fact]
    public void Write_OurWalletSession_IsTheExactCompactJson()
    {
        var session = WalletSessionQr.For(new Ocid(200), "https://api.yourwallet.com/opencharge/", "0123456789abcdef0123456789abcdef", DateTimeOffset.FromUnixTimeSeconds(1706400000));

        var text = QrPayloadWriter.Write(session);

        Assert.Equal("""{"ocid":200,"order":"https://api.yourwallet.com/opencharge/orders/create/0123456789abcdef0123456789abcdef","expiresAt":1706400000}""", text);
    }

    [Fact]
    public void Write_PermanentInventory_WritesExpiresAtNull()
    {
        var inventory = new InventoryQr(new Ocid(500), new Uri("https://api.merchant.com/opencharge/inventory"), null);

        var text = QrPayloadWriter.Write(inventory);

        Assert.Equal("""{"ocid":500,"inventory":"https://api.merchant.com/opencharge/inventory","expiresAt":null}""", text);
    }

    [Fact]
    public void Write_LinkWithQueryCharacters_KeepsThemUnescaped()
    {
        var order = new MerchantOrderQr(new Ocid(500), new Uri("https://m.example/opencharge/orders/o1?store=4&lane=2"), null);

        var text = QrPayloadWriter.Write(order);

        Assert.Contains("\"https://m.example/opencharge/orders/o1?store=4&lane=2\"", text, StringComparison.Ordinal);
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 200)];

    /// <summary>Seeded random payloads of every kind (FsCheck is not referenced, as in the path finder's properties).</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Write_AnyPayload_ReadsBackEqual(int seed)
    {
        var payload = RandomPayload(new Random(seed));

        var read = QrPayloadReader.Read(QrPayloadWriter.Write(payload), Now, allowPlainHttp: true);

        Assert.Equal(payload, read.Value);
        Assert.Equal(QrPayloadWriter.Write(payload), QrPayloadWriter.Write(read.Value!));
    }

    private static QrPayload RandomPayload(Random random)
    {
        var ocid = new Ocid(random.NextInt64(1, long.MaxValue));
        var scheme = random.Next(2) == 0 ? "https" : "http";
        var host = $"{scheme}://{Word(random, 12)}.example{(random.Next(2) == 0 ? "" : ":" + random.Next(1, 65536))}/{Word(random, 8)}";
        DateTimeOffset? expiresAt = random.Next(3) == 0 ? null : Now.AddSeconds(random.NextInt64(0, 100_000_000));
        return random.Next(3) switch
        {
            0 => WalletSessionQr.For(ocid, host, Word(random, 32) + "_-", expiresAt ?? Now),
            1 => new MerchantOrderQr(ocid, new Uri($"{host}/orders/{Word(random, 20)}?lane={random.Next()}"), expiresAt),
            _ => new InventoryQr(ocid, new Uri($"{host}/inventory"), expiresAt),
        };
    }

    private static string Word(Random random, int maxLength)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        return new string([.. Enumerable.Range(0, random.Next(1, maxLength + 1)).Select(_ => letters[random.Next(letters.Length)])]);
    }
}
