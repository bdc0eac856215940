using Microsoft.Extensions.Configuration;

using OpenCharge.Checkout.Sandbox.Http;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Http;

public sealed class SandboxRegistryEntriesTests
{
    [Fact]
    public void Missing_NothingConfigured_RegistersEverySandboxPeerAndUs()
    {
        var entries = SandboxRegistryEntries.Missing(Configuration(new() { ["Opencharge:Ocid"] = "200", ["Opencharge:PublicBaseUrl"] = "http://127.0.0.1:5080/" }));

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["Opencharge:Registry:Peers:9001"] = "http://127.0.0.1:5080/sandbox/store/opencharge",
                ["Opencharge:Registry:Peers:9000"] = "http://127.0.0.1:5080/sandbox/gateway/opencharge",
                ["Opencharge:Registry:Peers:9002"] = "http://127.0.0.1:5080/sandbox/bank/opencharge",
                ["Opencharge:Registry:Peers:9003"] = "http://127.0.0.1:5080/sandbox/exchange/opencharge",
                ["Opencharge:Registry:Peers:9004"] = "http://127.0.0.1:5080/sandbox/switch/opencharge",
                ["Opencharge:Registry:Peers:200"] = "http://127.0.0.1:5080/opencharge",
            },
            entries);
    }

    [Fact]
    public void Missing_PeerAlreadyConfigured_LeavesItAlone()
    {
        var entries = SandboxRegistryEntries.Missing(Configuration(new()
        {
            ["Opencharge:Ocid"] = "200",
            ["Opencharge:Registry:Peers:200"] = "https://gateway.example/opencharge",
        }));

        Assert.DoesNotContain("Opencharge:Registry:Peers:200", entries.Keys);
    }

    [Fact]
    public void Missing_OtherSandboxOcids_UsesThem()
    {
        var entries = SandboxRegistryEntries.Missing(Configuration(new() { ["Sandbox:MerchantOcid"] = "7001", ["Sandbox:GatewayOcid"] = "7000" }));

        Assert.Contains("Opencharge:Registry:Peers:7001", entries.Keys);
        Assert.Contains("Opencharge:Registry:Peers:7000", entries.Keys);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
