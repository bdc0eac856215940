using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Transfers;

namespace OpenCharge.Checkout.UnitTests.Domain.Transfers;

public sealed class TransferReferencesTests
{
    [Fact]
    public void WalletReferenceNew_Twice_GivesDistinctWellFormedReferences()
    {
        var first = WalletReference.New();
        var second = WalletReference.New();

        Assert.Matches("^wallet_[0-9a-f]{24}$", first);
        Assert.NotEqual(first, second);
        Assert.True(WalletReference.IsWalletReference(first));
    }

    [Theory]
    [InlineData("wallet_0123456789ABCDEF01234567")]
    [InlineData("wallet_0123456789abcdef0123456")]
    [InlineData("purse_0123456789abcdef01234567")]
    [InlineData("reserve_710")]
    public void IsWalletReference_AnythingElse_IsFalse(string reference) =>
        Assert.False(WalletReference.IsWalletReference(reference));

    [Fact]
    public void ReserveReferenceTryParse_ItsOwnFormat_GivesThePartner()
    {
        Assert.True(ReserveReference.TryParse(ReserveReference.For(new Ocid(710)), out var partner));
        Assert.Equal(new Ocid(710), partner);
    }

    [Theory]
    [InlineData("reserve_")]
    [InlineData("reserve_0")]
    [InlineData("reserve_-5")]
    [InlineData("reserve_7x")]
    [InlineData("ord_710")]
    public void ReserveReferenceTryParse_NoPartnerOcid_IsFalse(string reference) =>
        Assert.False(ReserveReference.TryParse(reference, out _));
}
