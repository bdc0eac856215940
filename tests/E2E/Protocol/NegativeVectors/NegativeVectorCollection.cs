namespace OpenCharge.Checkout.E2E.Protocol.NegativeVectors;

/// <summary>The negative-vector tests share one gateway; the restart test runs in sequence with the others, never beside them.</summary>
[CollectionDefinition(Name)]
public sealed class NegativeVectorCollection : ICollectionFixture<NegativeVectorFixture>
{
    public const string Name = "Negative vectors";
}
