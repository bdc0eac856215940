using System.Globalization;
using System.Net;
using System.Text.Json;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Network;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

/// <summary>
/// OCID → registry entry (gaps.md G31): the statically configured peers first, then the optional HTTP index
/// (<c>Opencharge:Registry:IndexUrl</c>, answering <c>{ "metadataUrl": … }</c>). Outside sandbox mode both the index
/// and the metadata must be https (unless <c>Opencharge:Registry:AllowPlainHttp</c> says otherwise): a key fetched over
/// plain HTTP is only as good as every network between us and the peer.
/// </summary>
internal sealed class RegistryResolver(
    IOptionsMonitor<OpenchargeOptions> options,
    SandboxMode sandbox,
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
                ? Checked(new RegistryResolution.Registered(entry), ocid)
                : new RegistryResolution.Unreachable($"Registry entry for OCID {ocid} is not an http(s) URL.");
        }
        if (string.IsNullOrWhiteSpace(registry.IndexUrl))
        {
            return new RegistryResolution.NotRegistered();
        }
        if (!IsAllowedScheme(registry.IndexUrl))
        {
            return new RegistryResolution.Unreachable("The registry index is not https; plain HTTP is allowed in sandbox mode only.");
        }
        return Checked(await QueryIndexAsync(registry.IndexUrl, ocid, cancellationToken), ocid);
    }

    private RegistryResolution Checked(RegistryResolution resolution, Ocid ocid) =>
        resolution is RegistryResolution.Registered registered && !IsAllowedScheme(registered.Entry.MetadataUrl.AbsoluteUri)
            ? new RegistryResolution.Unreachable($"Metadata of OCID {ocid} is registered at a plain-HTTP URL; plain HTTP is allowed in sandbox mode only.")
            : resolution;

    private bool IsAllowedScheme(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || (options.CurrentValue.Registry.AllowPlainHttp ?? sandbox.Enabled);

    private async Task<RegistryResolution> QueryIndexAsync(string template, Ocid ocid, CancellationToken cancellationToken)
    {
        var url = template.Replace("{ocid}", ocid.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new RegistryResolution.NotRegistered();
            }
            response.EnsureSuccessStatusCode();
            using var document = JsonDocument.Parse(await BoundedBody.ReadAsync(response.Content, cancellationToken));
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
