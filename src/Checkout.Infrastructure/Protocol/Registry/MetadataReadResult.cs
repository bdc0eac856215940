using OpenCharge.Checkout.Domain.Peers;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Registry;

internal sealed record MetadataReadResult(PeerMetadata? Metadata, string? Problem)
{
    public static MetadataReadResult Valid(PeerMetadata metadata) => new(metadata, null);

    public static MetadataReadResult Invalid(string problem) => new(null, problem);
}
