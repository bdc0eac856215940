namespace OpenCharge.Checkout.E2E.Protocol;

/// <summary>Protocol tests share one gateway process and its peers; each test uses fresh nonces, so they do not interfere.</summary>
[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayWithPeersFixture>
{
    public const string Name = "Gateway with peers";
}
