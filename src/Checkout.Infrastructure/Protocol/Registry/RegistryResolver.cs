using System.Globalization;
using System.Net;
using System.Text.Json;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

/// <summary>
/// OCID → registry entry (gaps.md G31): the statically configured peers first, then the optional HTTP index
/// (<c>Opencharge:Registry:IndexUrl</c>, answering <c>{ "metadataUrl": … }</c>).
/// </summary>
internal sealed class RegistryResolver(
    IOptionsMonitor<OpenchargeOptions> options,
    IHttpClientFactory httpClients,
    ILogger<RegistryResolver> logger)
{
    public const string HttpClientName = "opencharge-registry";

    public async Task<RegistryResolution> ResolveAsync(Ocid ocid, CancellationToken cancellationToken)
    {
        var registry = options.CurrentValue.Registry;
        if (registry.Peers.TryGetValue(ocid.ToString(), out var configured))
        {
            return RegistryEntry.FromRegisteredValue(configured) is { } entry
                ? new RegistryResolution.Registered(entry)
                : new RegistryResolution.Unreachable($"Registry entry for OCID {ocid} is not an http(s) URL.");
        }
        if (string.IsNullOrWhiteSpace(registry.IndexUrl))
        {
            return new RegistryResolution.NotRegistered();
        }
        return await QueryIndexAsync(registry.IndexUrl, ocid, cancellationToken);
    }

    private async Task<RegistryResolution> QueryIndexAsync(string template, Ocid ocid, CancellationToken cancellationToken)
    {
        var url = template.Replace("{ocid}", ocid.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync(url, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new RegistryResolution.NotRegistered();
            }
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            var value = FirstString(document.RootElement, "metadataUrl", "metadata_url", "endpoint", "uri");
            return value is not null && RegistryEntry.FromRegisteredValue(value) is { } entry
                ? new RegistryResolution.Registered(entry)
                : new RegistryResolution.NotRegistered();
        }
        // HttpClient reports its timeout as TaskCanceledException too; only that is a failure of the peer. The
        // caller's own cancellation propagates.
        catch (Exception ex) when (ex is HttpRequestException or JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "Registry index {IndexUrl} could not resolve OCID {Ocid}", url, ocid);
            return new RegistryResolution.Unreachable("Registry index unreachable.");
        }
    }

    private static string? FirstString(JsonElement root, params string[] names)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }
        return null;
    }
}
