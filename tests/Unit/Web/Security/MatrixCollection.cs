namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>The matrix and the ownership cases share one in-process app: starting it is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class MatrixCollection : ICollectionFixture<MatrixHost>
{
    public const string Name = "Authorization matrix";
}
