using System.Net;

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Network;
using OpenCharge.Checkout.Infrastructure.Protocol.Registry;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Registry;

public sealed class RegistryPeerDirectoryTests : IDisposable
{
    private const string Endpoint = MetadataDocumentBuilder.DefaultEndpoint;
    private const string MetadataUrl = Endpoint + "/metadata.json";
    private const string IndexTemplate = "https://index.registry.example/ocid/{ocid}";
    private const string IndexUrl = "https://index.registry.example/ocid/700";
    private static readonly Ocid Peer = new(700);

    private readonly OpenchargeOptions _options = new();
    private readonly StubHttpHandler _http = new();
    private readonly FakeHttpClientFactory _clients;
    private readonly FakeTimeProvider _time = new();
    private readonly MemoryCache _cache;

    public RegistryPeerDirectoryTests()
    {
        _clients = new FakeHttpClientFactory(_http, RegistryResolver.HttpClientName, RegistryPeerDirectory.HttpClientName);
        _cache = new MemoryCache(new MemoryCacheOptions { Clock = new TimeProviderClock(_time) });
        _options.Registry.Peers["700"] = Endpoint;
    }

    [Fact]
    public async Task FindAsync_ConfiguredEndpoint_FetchesMetadataJsonBeneathIt()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        var found = Assert.IsType<PeerLookup.Found>(lookup);
        Assert.Equal(TestKeys.PublicKeyOf(TestKeys.Peer), found.Metadata.PublicKey);
        Assert.Equal(MetadataUrl, Assert.Single(_http.Requests).Url);
    }

    [Fact]
    public async Task FindAsync_ConfiguredJsonUrl_FetchesThatUrlWhateverEndpointItNames()
    {
        const string jsonUrl = "https://cdn.peer.example/ocid/700.json";
        _options.Registry.Peers["700"] = jsonUrl;
        _http.Answer(jsonUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.Equal(Endpoint, Assert.IsType<PeerLookup.Found>(lookup).Metadata.Endpoint);
        Assert.Equal(jsonUrl, Assert.Single(_http.Requests).Url);
    }

    [Fact]
    public async Task FindAsync_UnknownOcidWithoutIndex_ReturnsUnknown()
    {
        _options.Registry.Peers.Clear();

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Unknown>(lookup);
    }

    [Fact]
    public async Task FindAsync_IndexNamesMetadataUrl_ReturnsFound()
    {
        UseIndexInsteadOfConfiguredPeers();
        _http.Answer(IndexUrl, HttpStatusCode.OK, $$"""{ "metadataUrl": "{{MetadataUrl}}" }""");
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.Equal(Endpoint, Assert.IsType<PeerLookup.Found>(lookup).Metadata.Endpoint);
    }

    [Fact]
    public async Task FindAsync_IndexReturns404_ReturnsUnknown()
    {
        UseIndexInsteadOfConfiguredPeers();
        _http.Answer(IndexUrl, HttpStatusCode.NotFound);

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Unknown>(lookup);
    }

    [Fact]
    public async Task FindAsync_IndexReturns500_ReturnsUnavailable()
    {
        UseIndexInsteadOfConfiguredPeers();
        _http.Answer(IndexUrl, HttpStatusCode.InternalServerError);

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Unavailable>(lookup);
    }

    [Fact]
    public async Task FindAsync_MetadataReturns500_ReturnsUnavailable()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.InternalServerError);

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Unavailable>(lookup);
    }

    [Fact]
    public async Task FindAsync_MetadataTimesOut_ReturnsUnavailable()
    {
        _http.Hang(MetadataUrl);
        _clients.Timeout = TimeSpan.FromMilliseconds(1);

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Unavailable>(lookup);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>It works!</html>")]
    [InlineData("""{ "config": { "publicKey": """)]
    public async Task FindAsync_MetadataNotJson_ReturnsUnavailable(string body)
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, body);

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Unavailable>(lookup);
    }

    [Fact]
    public async Task FindAsync_MetadataSignatureBad_ReturnsUnavailable()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().SignedBy(TestKeys.Other).Build());

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.Contains("signature", Assert.IsType<PeerLookup.Unavailable>(lookup).Reason);
    }

    [Theory]
    [InlineData("https://attacker.example/opencharge")]
    [InlineData("http://api.peer.example/opencharge")]
    [InlineData("https://api.peer.example:8443/opencharge")]
    [InlineData("not a url")]
    public async Task FindAsync_MetadataEndpointOnAnotherOrigin_ReturnsUnavailable(string claimed)
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().WithConfig("endpoint", claimed).Build());

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.Contains("does not match the registered endpoint", Assert.IsType<PeerLookup.Unavailable>(lookup).Reason);
    }

    [Theory]
    [InlineData("https://API.peer.example/opencharge/v2")]
    [InlineData("https://api.peer.example:443/opencharge")]
    public async Task FindAsync_MetadataEndpointOnSameOrigin_ReturnsFound(string claimed)
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().WithConfig("endpoint", claimed).Build());

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Found>(lookup);
    }

    [Fact]
    public async Task FindAsync_SecondLookup_IsServedFromCache()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);

        var lookup = await directory.FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Found>(lookup);
        Assert.Equal(1, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_Refresh_FetchesAgainAndSeesTheNewKey()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().OwnedBy(TestKeys.Other).Build());
        WaitOutRefreshInterval();

        var lookup = await directory.FindAsync(Peer, refresh: true, CancellationToken.None);

        Assert.Equal(TestKeys.PublicKeyOf(TestKeys.Other), Assert.IsType<PeerLookup.Found>(lookup).Metadata.PublicKey);
        Assert.Equal(2, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_RefreshedMetadata_ReplacesTheCachedEntry()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().OwnedBy(TestKeys.Other).Build());
        WaitOutRefreshInterval();
        await directory.FindAsync(Peer, refresh: true, CancellationToken.None);

        var lookup = await directory.FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.Equal(TestKeys.PublicKeyOf(TestKeys.Other), Assert.IsType<PeerLookup.Found>(lookup).Metadata.PublicKey);
        Assert.Equal(2, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_AfterFailure_AsksAgain()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.ServiceUnavailable);
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());

        var lookup = await directory.FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Found>(lookup);
        Assert.Equal(2, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_RefreshFails_KeepsTheCachedEntry()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);
        _http.Answer(MetadataUrl, HttpStatusCode.ServiceUnavailable);
        WaitOutRefreshInterval();
        await directory.FindAsync(Peer, refresh: true, CancellationToken.None);

        var lookup = await directory.FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Found>(lookup);
        Assert.Equal(2, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_CachedEntryOlderThanCacheDuration_FetchesAgain()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);
        _time.Advance(RegistryPeerDirectory.CacheDuration + TimeSpan.FromSeconds(1));

        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.Equal(2, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_CallerCancels_Throws()
    {
        _http.Hang(MetadataUrl);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var finding = PeerDirectory().FindAsync(Peer, refresh: false, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => finding);
    }

    [Fact]
    public async Task FindAsync_RefreshWithinIntervalOfLastFetch_ServesTheCachedEntry()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(59));

        var lookup = await directory.FindAsync(Peer, refresh: true, CancellationToken.None);

        Assert.IsType<PeerLookup.Found>(lookup);
        Assert.Equal(1, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_ManyRefreshesInOneMinute_FetchOnceAfterTheFirstFetch()
    {
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);
        WaitOutRefreshInterval();

        for (var i = 0; i < 50; i++)
        {
            await directory.FindAsync(Peer, refresh: true, CancellationToken.None);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(2, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_RefreshIntervalZero_FetchesOnEveryRefresh()
    {
        _options.Registry.RefreshIntervalSeconds = 0;
        _http.Answer(MetadataUrl, HttpStatusCode.OK, new MetadataDocumentBuilder().Build());
        var directory = PeerDirectory();
        await directory.FindAsync(Peer, refresh: false, CancellationToken.None);

        await directory.FindAsync(Peer, refresh: true, CancellationToken.None);

        Assert.Equal(2, _http.CallsTo(MetadataUrl));
    }

    [Fact]
    public async Task FindAsync_MetadataOver64KB_ReturnsUnavailable()
    {
        var document = new MetadataDocumentBuilder().Build();
        _http.Answer(MetadataUrl, HttpStatusCode.OK, document[..^1] + new string(' ', BoundedBody.MaxBytes) + "}");

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.Contains("larger than", Assert.IsType<PeerLookup.Unavailable>(lookup).Reason);
    }

    [Fact]
    public async Task FindAsync_PlainHttpMetadataOutsideSandbox_ReturnsUnavailableWithoutFetching()
    {
        _options.Registry.Peers["700"] = "http://api.peer.example/opencharge";

        var lookup = await PeerDirectory().FindAsync(Peer, refresh: false, CancellationToken.None);

        Assert.IsType<PeerLookup.Unavailable>(lookup);
        Assert.Empty(_http.Requests);
    }

    public void Dispose() => _cache.Dispose();

    private void WaitOutRefreshInterval() => _time.Advance(TimeSpan.FromSeconds(_options.Registry.RefreshIntervalSeconds + 1));

    private void UseIndexInsteadOfConfiguredPeers()
    {
        _options.Registry.Peers.Clear();
        _options.Registry.IndexUrl = IndexTemplate;
    }

    private RegistryPeerDirectory PeerDirectory() => new(
        new RegistryResolver(new FixedOptionsMonitor<OpenchargeOptions>(_options), new SandboxMode(false), _clients, NullLogger<RegistryResolver>.Instance),
        new MetadataDocumentReader(new BouncyCastleSecp256k1()),
        _clients,
        _cache,
        new FixedOptionsMonitor<OpenchargeOptions>(_options),
        NullLogger<RegistryPeerDirectory>.Instance);
}
