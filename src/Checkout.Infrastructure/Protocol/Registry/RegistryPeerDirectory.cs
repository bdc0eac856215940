using System.Text.Json;

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

/// <summary>
/// OCID → registry → metadata document, verified and cached for five minutes (authentication.md §6). Only good
/// answers are cached, so a peer that was down is asked again on the next request.
/// </summary>
internal sealed class RegistryPeerDirectory(
    RegistryResolver resolver,
    MetadataDocumentReader reader,
    IHttpClientFactory httpClients,
    IMemoryCache cache,
    ILogger<RegistryPeerDirectory> logger) : IPeerDirectory
{
    public const string HttpClientName = "opencharge-metadata";
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(5);

    public async Task<PeerLookup> FindAsync(Ocid ocid, bool refresh, CancellationToken cancellationToken)
    {
        var key = CacheKey(ocid);
        if (!refresh && cache.TryGetValue(key, out PeerMetadata? cached) && cached is not null)
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
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync(entry.MetadataUrl, cancellationToken);
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            var read = reader.Read(ocid, document.RootElement);
            if (read.Metadata is not { } metadata)
            {
                return Unavailable(ocid, entry, read.Problem!);
            }
            if (entry.Endpoint is { } registered && !SameOrigin(registered, metadata.Endpoint))
            {
                return Unavailable(ocid, entry, $"Metadata endpoint {metadata.Endpoint} does not match the registered endpoint {registered}.");
            }
            return new PeerLookup.Found(metadata);
        }
        // HttpClient reports its timeout as TaskCanceledException too; only that is a failure of the peer. The
        // caller's own cancellation propagates.
        catch (Exception ex) when (ex is HttpRequestException or JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
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

    private static string CacheKey(Ocid ocid) => $"opencharge:peer:{ocid}";
}
