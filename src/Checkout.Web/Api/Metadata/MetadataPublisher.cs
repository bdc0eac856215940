using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Signing;
using OpenCharge.Checkout.Infrastructure.Configuration;
using OpenCharge.Checkout.Infrastructure.Protocol.Registry;
using OpenCharge.Checkout.Web.Api.Metadata.Contracts;

namespace OpenCharge.Checkout.Web.Api.Metadata;

/// <summary>
/// Builds our metadata document once: the configuration and key do not change while the process runs, and peers
/// fetch it on every cache miss, so it is signed once and served as stored bytes.
/// </summary>
public sealed class MetadataPublisher(IOptions<OpenchargeOptions> options, IProtocolSigner signer, ServedCapabilities served)
{
    private readonly Lazy<byte[]> _document = new(() => Build(options.Value, signer, served.Names));

    public ReadOnlyMemory<byte> Document => _document.Value;

    public static SettlementTerms SettlementTerms(OpenchargeOptions options) =>
        new(options.Settlement.Currencies, options.Settlement.Accepts);

    private static byte[] Build(OpenchargeOptions options, IProtocolSigner signer, IReadOnlyList<string> capabilities) =>
        MetadataDocumentWriter.Write(options.Name, new MetadataConfig(signer.PublicKey, options.Endpoint, capabilities, SettlementTerms(options)), signer);
}
