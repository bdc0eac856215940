using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Protocol;

namespace OpenCharge.Checkout.TestSupport.Peers;

/// <summary>
/// An Opencharge party on its own loopback Kestrel host with its own secp256k1 key. It publishes signed nested
/// metadata at <c>{Endpoint}/metadata.json</c>, signs every response (gaps.md G7) and the requests and proofs it
/// sends, and resolves other parties through its own <see cref="Registry"/>. Routes come from the caller; put
/// <see cref="SignedRequests.RequireSignedRequest"/> on those that demand authentication.md §5.
/// </summary>
public sealed class PeerHost : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedCall> _calls = new();
    private int _metadataFetches;

    private PeerHost(PeerProfile profile, WebApplication app)
    {
        Profile = profile;
        PrivateKey = profile.PrivateKey ?? NewPrivateKey();
        PublicKey = Secp256k1.DerivePublicKey(PrivateKey);
        Registry = new PeerRegistry(Secp256k1, profile.Time);
        Nonces = new NonceBook(profile.Time);
        _app = app;
    }

    /// <summary>The product's BouncyCastle signer: a primitive the peers share, not one of the gateway's decisions.</summary>
    public static ISecp256k1 Secp256k1 { get; } = new BouncyCastleSecp256k1();

    public PeerProfile Profile { get; }

    public long Ocid => Profile.Ocid;

    public byte[] PrivateKey { get; }

    public string PublicKey { get; }

    /// <summary>Scheme, host and port, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The protocol base URL (<c>config.endpoint</c>) to register this peer under.</summary>
    public string Endpoint => BaseUrl + "/opencharge";

    public int Port => new Uri(BaseUrl).Port;

    /// <summary>OCID → endpoint of the parties this peer talks to or takes signatures from.</summary>
    public PeerRegistry Registry { get; }

    /// <summary>How often anyone fetched our metadata.json.</summary>
    public int MetadataFetches => Volatile.Read(ref _metadataFetches);

    /// <summary>Every request this peer answered, in order, with the status it answered (refusals included).</summary>
    public IReadOnlyList<ReceivedCall> Calls => [.. _calls];

    /// <summary>The gateway's configuration key that makes this peer resolvable: <c>Opencharge:Registry:Peers:{Ocid}</c> = <see cref="Endpoint"/>.</summary>
    public string RegistrySettingKey => string.Create(CultureInfo.InvariantCulture, $"Opencharge:Registry:Peers:{Ocid}");

    internal NonceBook Nonces { get; }

    public TimeProvider Time => Profile.Time;

    /// <summary>Starts the host; <paramref name="routes"/> maps the peer's protocol endpoints before it listens.</summary>
    public static async Task<PeerHost> StartAsync(PeerProfile profile, Action<WebApplication, PeerHost>? routes = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{profile.Port}");
        var app = builder.Build();
        var host = new PeerHost(profile, app);
        app.UseMiddleware<ResponseSigning>(host);
        app.MapGet("/opencharge/metadata.json", (HttpContext context) =>
        {
            Interlocked.Increment(ref host._metadataFetches);
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(host.MetadataJson());
        });
        routes?.Invoke(app, host);
        await app.StartAsync();
        host.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        return host;
    }

    /// <summary>The metadata document in the nested form, <c>config</c> signed with our key (objects.md §9).</summary>
    public string MetadataJson()
    {
        var config = new JsonObject
        {
            ["publicKey"] = PublicKey,
            ["endpoint"] = Endpoint,
            ["capabilities"] = new JsonArray([.. Profile.Capabilities.Select(c => JsonValue.Create(c))]),
        };
        if (Profile.SettlementCurrencies.Count > 0 || Profile.Accepts.Count > 0)
        {
            config["settlement"] = new JsonObject
            {
                ["currencies"] = new JsonArray([.. Profile.SettlementCurrencies.Select(c => JsonValue.Create(c))]),
                ["accepts"] = new JsonArray([.. Profile.Accepts.Select(a => JsonValue.Create(a))]),
            };
        }
        return new JsonObject
        {
            ["opencharge"] = "0.1",
            ["name"] = Profile.Name,
            ["config"] = config,
            ["signature"] = SignCanonical(config),
        }.ToJsonString();
    }

    /// <summary>Signs the recursive canonical JSON of <paramref name="node"/> (authentication.md §7).</summary>
    public string SignCanonical(JsonNode node) => SignCanonical(JsonSerializer.SerializeToElement(node));

    public string SignCanonical(JsonElement element) => Secp256k1.Sign(PrivateKey, CanonicalJson.CanonicalBytes(element));

    /// <summary>Signs <paramref name="proof"/> as its issuer; the caller decides what the proof says.</summary>
    public SignedProof Sign(JsonObject proof) => new(proof, SignCanonical(proof));

    /// <summary>Whether <paramref name="proof"/>'s signature verifies with the key its <c>issuer</c> publishes in our registry.</summary>
    public async Task<bool> VerifyProofAsync(SignedProof proof, CancellationToken cancellationToken)
    {
        var key = await Registry.PublicKeyOfAsync(proof.Issuer, cancellationToken);
        return key.PublicKey is { } publicKey
            && Secp256k1.Verify(publicKey, CanonicalJson.CanonicalBytes(JsonSerializer.SerializeToElement(proof.Proof)), proof.Signature);
    }

    /// <summary>A request signed by this peer (authentication.md §3) to the registered endpoint of <paramref name="ocid"/>.</summary>
    public Task<PeerReply> PostAsync(long ocid, string path, JsonNode body, CancellationToken cancellationToken = default) =>
        Registry.EndpointOf(ocid) is { } endpoint
            ? SendAsync(HttpMethod.Post, endpoint + path, body.ToJsonString(), cancellationToken)
            : throw new InvalidOperationException($"OCID {ocid} is not in peer {Ocid}'s registry.");

    /// <summary>Sends exactly the bytes it hashed, with the four X-OC-* headers.</summary>
    public async Task<PeerReply> SendAsync(HttpMethod method, string url, string? body, CancellationToken cancellationToken = default)
    {
        using var request = SignedRequest(method, url, body);
        using var response = await Http.SendAsync(request, cancellationToken);
        return new PeerReply((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>The signed request <see cref="SendAsync"/> would send, for tests that send (or break) it themselves.</summary>
    public HttpRequestMessage SignedRequest(HttpMethod method, string url, string? body) => Request(method, url, body).Build();

    /// <summary>A request from this peer whose timestamp, nonce, key or signature a test may still change before <c>Build</c>.</summary>
    public SignedRequestBuilder Request(HttpMethod method, string url, string? body = null) => new(this, method, url, body);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    internal void Record(ReceivedCall call) => _calls.Enqueue(call);

    private static byte[] NewPrivateKey()
    {
        while (true)
        {
            var key = RandomNumberGenerator.GetBytes(32);
            try
            {
                Secp256k1.DerivePublicKey(key);
                return key;
            }
            catch (ArgumentException)
            {
                // Zero or not below the curve order: draw again.
            }
        }
    }
}
