using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Signing;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

/// <summary>
/// The signing side of <see cref="MetadataDocumentReader"/>: an <c>OCIDMetadata</c> document (objects.md §9) in the nested
/// form whose <c>config</c> is signed over its canonical JSON (gaps.md G2), for any identity we speak for.
/// </summary>
public static class MetadataDocumentWriter
{
    /// <summary>The only protocol version there is (gaps.md G35).</summary>
    public const string ProtocolVersion = "0.1";

    public static byte[] Write<TConfig>(string name, TConfig config, IProtocolSigner signer)
    {
        var configJson = JsonSerializer.SerializeToElement(config, CanonicalJson.WireOptions);
        var signature = signer.Sign(Encoding.UTF8.GetBytes(CanonicalJson.Canonicalize(configJson)));
        return JsonSerializer.SerializeToUtf8Bytes(new { opencharge = ProtocolVersion, name, config = configJson, signature }, CanonicalJson.WireOptions);
    }
}
