using System.Net;

using Microsoft.Extensions.Logging.Abstractions;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Network;
using OpenCharge.Checkout.Infrastructure.Protocol.Registry;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Protocol.Registry;

public sealed class RegistryResolverTests
{
    private const string IndexTemplate = "https://index.registry.example/ocid/{ocid}";
    private const string IndexUrl = "https://index.registry.example/ocid/700";
    private static readonly Ocid Peer = new(700);

    private readonly OpenchargeOptions _options = new();
    private readonly StubHttpHandler _http = new();
    private readonly FakeHttpClientFactory _clients;

    public RegistryResolverTests()
    {
        _clients = new FakeHttpClientFactory(_http, RegistryResolver.HttpClientName);
    }

    [Fact]
    public async Task ResolveAsync_ConfiguredEndpoint_PointsAtMetadataJsonBeneathIt()
    {
        _options.Registry.Peers["700"] = "https://api.peer.example/opencharge";

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        var entry = Assert.IsType<RegistryResolution.Registered>(resolution).Entry;
        Assert.Equal("https://api.peer.example/opencharge/metadata.json", entry.MetadataUrl.AbsoluteUri);
        Assert.Equal("https://api.peer.example/opencharge", entry.Endpoint!.AbsoluteUri);
    }

    [Fact]
    public async Task ResolveAsync_ConfiguredJsonUrl_UsesItAsIs()
    {
        _options.Registry.Peers["700"] = "https://cdn.peer.example/ocid/700.json";

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        var entry = Assert.IsType<RegistryResolution.Registered>(resolution).Entry;
        Assert.Equal("https://cdn.peer.example/ocid/700.json", entry.MetadataUrl.AbsoluteUri);
        Assert.Null(entry.Endpoint);
    }

    [Fact]
    public async Task ResolveAsync_ConfiguredValueNotHttpUrl_ReturnsUnreachable()
    {
        _options.Registry.Peers["700"] = "ftp://peer.example/opencharge";

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Unreachable>(resolution);
    }

    [Fact]
    public async Task ResolveAsync_ConfiguredPeer_DoesNotAskTheIndex()
    {
        _options.Registry.Peers["700"] = "https://api.peer.example/opencharge";
        _options.Registry.IndexUrl = IndexTemplate;

        await Resolver().ResolveAsync(Peer, CancellationToken.None);

        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task ResolveAsync_UnknownOcidWithoutIndex_ReturnsNotRegistered()
    {
        _options.Registry.Peers["701"] = "https://api.other.example/opencharge";

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.NotRegistered>(resolution);
        Assert.Empty(_http.Requests);
    }

    [Theory]
    [InlineData("metadataUrl")]
    [InlineData("metadata_url")]
    [InlineData("uri")]
    public async Task ResolveAsync_IndexAnswersMetadataUrl_ReturnsRegistered(string field)
    {
        _options.Registry.IndexUrl = IndexTemplate;
        _http.Answer(IndexUrl, HttpStatusCode.OK, $$"""{ "{{field}}": "https://cdn.peer.example/ocid/700.json" }""");

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        var entry = Assert.IsType<RegistryResolution.Registered>(resolution).Entry;
        Assert.Equal("https://cdn.peer.example/ocid/700.json", entry.MetadataUrl.AbsoluteUri);
        Assert.Equal(IndexUrl, Assert.Single(_http.Requests).Url);
    }

    [Fact]
    public async Task ResolveAsync_IndexAnswersEndpoint_ReturnsEntryBoundToThatEndpoint()
    {
        _options.Registry.IndexUrl = IndexTemplate;
        _http.Answer(IndexUrl, HttpStatusCode.OK, """{ "endpoint": "https://api.peer.example/opencharge" }""");

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        var entry = Assert.IsType<RegistryResolution.Registered>(resolution).Entry;
        Assert.Equal("https://api.peer.example/opencharge/metadata.json", entry.MetadataUrl.AbsoluteUri);
        Assert.Equal("https://api.peer.example/opencharge", entry.Endpoint!.AbsoluteUri);
    }

    [Fact]
    public async Task ResolveAsync_IndexReturns404_ReturnsNotRegistered()
    {
        _options.Registry.IndexUrl = IndexTemplate;
        _http.Answer(IndexUrl, HttpStatusCode.NotFound);

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.NotRegistered>(resolution);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "metadataUrl": 700 }""")]
    [InlineData("""{ "metadataUrl": "not a url" }""")]
    [InlineData("[]")]
    public async Task ResolveAsync_IndexAnswersWithoutUsableUrl_ReturnsNotRegistered(string body)
    {
        _options.Registry.IndexUrl = IndexTemplate;
        _http.Answer(IndexUrl, HttpStatusCode.OK, body);

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.NotRegistered>(resolution);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "")]
    [InlineData(HttpStatusCode.Found, "")]
    [InlineData(HttpStatusCode.OK, "<html>maintenance</html>")]
    public async Task ResolveAsync_IndexFails_ReturnsUnreachable(HttpStatusCode status, string body)
    {
        _options.Registry.IndexUrl = IndexTemplate;
        _http.Answer(IndexUrl, status, body);

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Unreachable>(resolution);
    }

    [Fact]
    public async Task ResolveAsync_IndexTimesOut_ReturnsUnreachable()
    {
        _options.Registry.IndexUrl = IndexTemplate;
        _http.Hang(IndexUrl);
        _clients.Timeout = TimeSpan.FromMilliseconds(1);

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Unreachable>(resolution);
    }

    [Fact]
    public async Task ResolveAsync_CallerCancels_Throws()
    {
        _options.Registry.IndexUrl = IndexTemplate;
        _http.Hang(IndexUrl);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var resolving = Resolver().ResolveAsync(Peer, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => resolving);
    }

    [Theory]
    [InlineData("http://api.peer.example/opencharge")]
    [InlineData("http://cdn.peer.example/ocid/700.json")]
    public async Task ResolveAsync_PlainHttpPeerOutsideSandbox_ReturnsUnreachable(string registered)
    {
        _options.Registry.Peers["700"] = registered;

        var resolution = await Resolver(sandbox: false).ResolveAsync(Peer, CancellationToken.None);

        Assert.Contains("plain-HTTP", Assert.IsType<RegistryResolution.Unreachable>(resolution).Reason);
    }

    [Fact]
    public async Task ResolveAsync_PlainHttpPeerInSandbox_ReturnsRegistered()
    {
        _options.Registry.Peers["700"] = "http://127.0.0.1:7000/opencharge";

        var resolution = await Resolver(sandbox: true).ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Registered>(resolution);
    }

    [Fact]
    public async Task ResolveAsync_PlainHttpAllowedByKeyOutsideSandbox_ReturnsRegistered()
    {
        _options.Registry.Peers["700"] = "http://127.0.0.1:7000/opencharge";
        _options.Registry.AllowPlainHttp = true;

        var resolution = await Resolver(sandbox: false).ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Registered>(resolution);
    }

    [Fact]
    public async Task ResolveAsync_PlainHttpRefusedByKeyInSandbox_ReturnsUnreachable()
    {
        _options.Registry.Peers["700"] = "http://127.0.0.1:7000/opencharge";
        _options.Registry.AllowPlainHttp = false;

        var resolution = await Resolver(sandbox: true).ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Unreachable>(resolution);
    }

    [Fact]
    public async Task ResolveAsync_PlainHttpIndexOutsideSandbox_ReturnsUnreachableWithoutAsking()
    {
        _options.Registry.IndexUrl = "http://index.registry.example/ocid/{ocid}";

        var resolution = await Resolver(sandbox: false).ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Unreachable>(resolution);
        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task ResolveAsync_IndexNamesPlainHttpMetadataOutsideSandbox_ReturnsUnreachable()
    {
        _options.Registry.IndexUrl = IndexTemplate;
        _http.Answer(IndexUrl, HttpStatusCode.OK, """{ "metadataUrl": "http://cdn.peer.example/ocid/700.json" }""");

        var resolution = await Resolver(sandbox: false).ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Unreachable>(resolution);
    }

    [Fact]
    public async Task ResolveAsync_IndexAnswerOver64KB_ReturnsUnreachable()
    {
        _options.Registry.IndexUrl = IndexTemplate;
        var padding = new string(' ', BoundedBody.MaxBytes);
        _http.Answer(IndexUrl, HttpStatusCode.OK, $$"""{ "metadataUrl": "https://cdn.peer.example/ocid/700.json"{{padding}} }""");

        var resolution = await Resolver().ResolveAsync(Peer, CancellationToken.None);

        Assert.IsType<RegistryResolution.Unreachable>(resolution);
    }

    private RegistryResolver Resolver(bool sandbox = false) =>
        new(new FixedOptionsMonitor<OpenchargeOptions>(_options), new SandboxMode(sandbox), _clients, NullLogger<RegistryResolver>.Instance);
}
