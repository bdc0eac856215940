using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.UnitTests.Domain.Ledger;

public sealed class AccountTests
{
    private static readonly Currency Usd = Currency.Of("USD");

    [Fact]
    public void Open_NewAccount_StartsAtZeroInItsCurrency()
    {
        var account = Account.Open(AccountOwner.Shopper("user_1"), Usd);

        Assert.Equal(new Money(0, Usd), account.Balance);
        Assert.Equal(AccountOwner.Shopper("user_1"), account.Owner);
        Assert.NotEqual(Guid.Empty, account.Id);
    }

    [Fact]
    public void CanApply_ShopperDebitBelowZero_IsFalse()
    {
        var account = Account.Open(AccountOwner.Shopper("user_1"), Usd);

        var allowed = account.CanApply(-1);

        Assert.False(allowed);
    }

    [Fact]
    public void CanApply_ShopperCredit_IsTrue()
    {
        var account = Account.Open(AccountOwner.Shopper("user_1"), Usd);

        var allowed = account.CanApply(1);

        Assert.True(allowed);
    }

    [Fact]
    public void CanApply_SandboxFundingDebitBelowZero_IsTrue()
    {
        var account = Account.Open(AccountOwner.SandboxFunding, Usd);

        var allowed = account.CanApply(-1_000_000_00);

        Assert.True(allowed);
    }

    [Theory]
    [InlineData(AccountOwnerKind.Shopper)]
    [InlineData(AccountOwnerKind.Merchant)]
    [InlineData(AccountOwnerKind.MerchantGateway)]
    public void MayGoNegative_AnyOwnerButSandboxFunding_IsFalse(AccountOwnerKind kind)
    {
        var owner = new AccountOwner(kind, "key");

        var mayGoNegative = owner.MayGoNegative;

        Assert.False(mayGoNegative);
    }
}
