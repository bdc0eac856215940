using System.Text.Json;

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Network;
using OpenCharge.Checkout.Infrastructure.Observability;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

/// <summary>
/// OCID → registry → metadata document, verified and cached for five minutes (authentication.md §6). Only good
/// answers are cached, so a peer that was down is asked again on the next request. A forced refresh fetches only
/// when the OCID's metadata was last fetched more than <c>Opencharge:Registry:RefreshIntervalSeconds</c> ago:
/// otherwise a stream of forged signatures would make us fetch on every request.
/// </summary>
internal sealed class RegistryPeerDirectory(
    RegistryResolver resolver,
    MetadataDocumentReader reader,
    IHttpClientFactory httpClients,
    IMemoryCache cache,
    IOptionsMonitor<OpenchargeOptions> options,
    ILogger<RegistryPeerDirectory> logger) : IPeerDirectory
{
    public const string HttpClientName = "opencharge-metadata";
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);

    public async Task<PeerLookup> FindAsync(Ocid ocid, bool refresh, CancellationToken cancellationToken)
    {
        var key = CacheKey(ocid);
        if ((!refresh || RecentlyFetched(ocid)) && cache.TryGetValue(key, out PeerMetadata? cached) && cached is not null)
        {
            return new PeerLookup.Found(cached);
        }

        var lookup = await LookUpAsync(ocid, cancellationToken);
        if (lookup is PeerLookup.Found found)
        {
            cache.Set(key, found.Metadata, CacheDuration);
        }
        return lookup;
    }

    private async Task<PeerLookup> LookUpAsync(Ocid ocid, CancellationToken cancellationToken)
    {
        switch (await resolver.ResolveAsync(ocid, cancellationToken))
        {
            case RegistryResolution.NotRegistered:
                return new PeerLookup.Unknown();
            case RegistryResolution.Unreachable unreachable:
                return new PeerLookup.Unavailable(unreachable.Reason);
            case RegistryResolution.Registered registered:
                return await FetchAsync(ocid, registered.Entry, cancellationToken);
            default:
                throw new InvalidOperationException("Unexpected registry resolution.");
        }
    }

    private async Task<PeerLookup> FetchAsync(Ocid ocid, RegistryEntry entry, CancellationToken cancellationToken)
    {
        // Marked before the fetch, so concurrent refreshes for one OCID do not all go out.
        if (options.CurrentValue.Registry.RefreshIntervalSeconds is > 0 and var seconds)
        {
            cache.Set(FetchedKey(ocid), true, TimeSpan.FromSeconds(seconds));
        }
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName)
                .GetAsync(entry.MetadataUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            using var document = JsonDocument.Parse(await BoundedBody.ReadAsync(response.Content, cancellationToken));
            var read = reader.Read(ocid, document.RootElement);
            if (read.Metadata is not { } metadata)
            {
                CheckoutMeter.RegistryFetched("invalid");
                return Unavailable(ocid, entry, read.Problem!);
            }
            if (entry.Endpoint is { } registered && !SameOrigin(registered, metadata.Endpoint))
            {
                CheckoutMeter.RegistryFetched("invalid");
                return Unavailable(ocid, entry, $"Metadata endpoint {metadata.Endpoint} does not match the registered endpoint {registered}.");
            }
            CheckoutMeter.RegistryFetched("ok");
            return new PeerLookup.Found(metadata);
        }
        // HttpClient reports its timeout as TaskCanceledException too; only that is a failure of the peer. The
        // caller's own cancellation propagates.
        catch (Exception ex) when (ex is HttpRequestException or JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            CheckoutMeter.RegistryFetched(ex is JsonException ? "invalid" : "unreachable");
            return Unavailable(ocid, entry, ex.Message);
        }
    }

    private PeerLookup Unavailable(Ocid ocid, RegistryEntry entry, string problem)
    {
        logger.LogWarning("Metadata of OCID {Ocid} at {MetadataUrl} is unavailable: {Problem}", ocid, entry.MetadataUrl, problem);
        return new PeerLookup.Unavailable(problem);
    }

    private static bool SameOrigin(Uri registered, string claimed) =>
        Uri.TryCreate(claimed, UriKind.Absolute, out var uri)
        && Uri.Compare(registered, uri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private bool RecentlyFetched(Ocid ocid) => cache.TryGetValue(FetchedKey(ocid), out _);

    private static string CacheKey(Ocid ocid) => $"opencharge:peer:{ocid}";

    private static string FetchedKey(Ocid ocid) => $"opencharge:peer-fetched:{ocid}";
}
