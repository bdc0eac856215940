namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

/// <summary>
/// What the registry says about an OCID: where its metadata lives and, when the registry names an endpoint rather
/// than a metadata URL, the endpoint the metadata must claim (gaps.md G31).
/// </summary>
internal sealed record RegistryEntry(Uri MetadataUrl, Uri? Endpoint)
{
    /// <summary>A value ending in ".json" is a metadata URL; anything else is an endpoint with metadata beneath it.</summary>
    public static RegistryEntry? FromRegisteredValue(string value)
    {
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        if (uri.AbsolutePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return new RegistryEntry(uri, null);
        }
        var endpoint = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        return new RegistryEntry(new Uri(endpoint + "/metadata.json"), endpoint);
    }
}
