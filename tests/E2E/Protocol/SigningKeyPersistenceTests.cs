using OpenCharge.Checkout.E2E.Fixtures;

namespace OpenCharge.Checkout.E2E.Protocol;

public sealed class SigningKeyPersistenceTests
{
    [Fact]
    public async Task Restart_WithSameDatabaseAndMasterKey_PublishesSameKey()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var gateway = await CheckoutHost.StartAsync(database.ConnectionString);
        using var http = new HttpClient();
        var before = await http.GetStringAsync(gateway.BaseUrl + "/opencharge/metadata.json");

        await gateway.RestartAsync();
        var after = await http.GetStringAsync(gateway.BaseUrl + "/opencharge/metadata.json");

        Assert.Equal(PublicKey(before), PublicKey(after));
    }

    private static string PublicKey(string metadata)
    {
        using var document = System.Text.Json.JsonDocument.Parse(metadata);
        return document.RootElement.GetProperty("config").GetProperty("publicKey").GetString()!;
    }
}
