using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.UnitTests.Domain.Ledger;

public sealed class LedgerTransactionTests
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private readonly Account _funding = Account.Open(AccountOwner.SandboxFunding, Usd);

    [Fact]
    public void Transfer_CoveredAmount_MovesItBetweenBalances()
    {
        var shopper = Funded(AccountOwner.Shopper("user_1"), 50_00);
        var merchant = Account.Open(AccountOwner.Merchant(new Ocid(9001)), Usd);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, merchant, new Money(12_50, Usd), "sess_1", Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(37_50, shopper.BalanceMinor);
        Assert.Equal(12_50, merchant.BalanceMinor);
    }

    [Fact]
    public void Transfer_CoveredAmount_HasTwoEntriesSummingToZero()
    {
        var shopper = Funded(AccountOwner.Shopper("user_1"), 50_00);
        var merchant = Account.Open(AccountOwner.Merchant(new Ocid(9001)), Usd);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, merchant, new Money(12_50, Usd), "sess_1", Now);

        var transaction = Assert.IsType<LedgerTransaction>(result.Value);
        Assert.Equal(
            [new LedgerEntry(shopper.Id, -12_50), new LedgerEntry(merchant.Id, 12_50)],
            transaction.Entries);
        Assert.Equal(0, transaction.Entries.Sum(entry => entry.AmountMinor));
        Assert.Equal(LedgerTransactionKind.CheckoutPayment, transaction.Kind);
        Assert.Equal(Usd, transaction.Currency);
        Assert.Equal("sess_1", transaction.Reference);
        Assert.Equal(Now, transaction.CreatedAt);
    }

    [Fact]
    public void Transfer_WholeBalance_LeavesZero()
    {
        var shopper = Funded(AccountOwner.Shopper("user_1"), 12_50);
        var merchant = Account.Open(AccountOwner.Merchant(new Ocid(9001)), Usd);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, merchant, new Money(12_50, Usd), "sess_1", Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(0, shopper.BalanceMinor);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Transfer_NotPositiveAmount_FailsWithoutMovingMoney(long minor)
    {
        var shopper = Funded(AccountOwner.Shopper("user_1"), 50_00);
        var merchant = Account.Open(AccountOwner.Merchant(new Ocid(9001)), Usd);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, merchant, new Money(minor, Usd), "sess_1", Now);

        Assert.Equal("ledger.not_positive", result.Error?.Code);
        AssertBalances(shopper, 50_00, merchant, 0);
    }

    [Fact]
    public void Transfer_SameAccountTwice_FailsWithoutMovingMoney()
    {
        var shopper = Funded(AccountOwner.Shopper("user_1"), 50_00);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, shopper, new Money(12_50, Usd), "sess_1", Now);

        Assert.Equal("ledger.mismatch", result.Error?.Code);
        Assert.Equal(50_00, shopper.BalanceMinor);
    }

    [Fact]
    public void Transfer_AmountInAnotherCurrency_FailsWithoutMovingMoney()
    {
        var shopper = Funded(AccountOwner.Shopper("user_1"), 50_00);
        var merchant = Account.Open(AccountOwner.Merchant(new Ocid(9001)), Usd);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, merchant, new Money(12_50, Currency.Of("EUR")), "sess_1", Now);

        Assert.Equal("ledger.mismatch", result.Error?.Code);
        AssertBalances(shopper, 50_00, merchant, 0);
    }

    [Fact]
    public void Transfer_ToAccountInAnotherCurrency_FailsWithoutMovingMoney()
    {
        var shopper = Funded(AccountOwner.Shopper("user_1"), 50_00);
        var merchant = Account.Open(AccountOwner.Merchant(new Ocid(9001)), Currency.Of("EUR"));

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, merchant, new Money(12_50, Usd), "sess_1", Now);

        Assert.Equal("ledger.mismatch", result.Error?.Code);
        AssertBalances(shopper, 50_00, merchant, 0);
    }

    [Fact]
    public void Transfer_InsufficientBalance_FailsWithoutMovingMoney()
    {
        var shopper = Funded(AccountOwner.Shopper("user_1"), 12_49);
        var merchant = Account.Open(AccountOwner.Merchant(new Ocid(9001)), Usd);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, merchant, new Money(12_50, Usd), "sess_1", Now);

        Assert.Equal("ledger.insufficient_funds", result.Error?.Code);
        AssertBalances(shopper, 12_49, merchant, 0);
    }

    [Fact]
    public void Transfer_FromSandboxFunding_MayGoNegative()
    {
        var shopper = Account.Open(AccountOwner.Shopper("user_1"), Usd);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.SandboxTopUp, _funding, shopper, new Money(100_00, Usd), "sandbox-top-up", Now);

        Assert.True(result.IsSuccess);
        AssertBalances(_funding, -100_00, shopper, 100_00);
    }

    private Account Funded(AccountOwner owner, long minor)
    {
        var account = Account.Open(owner, Usd);
        var topUp = LedgerTransaction.Transfer(LedgerTransactionKind.SandboxTopUp, _funding, account, new Money(minor, Usd), "sandbox-top-up", Now);
        Assert.True(topUp.IsSuccess);
        return account;
    }

    private static void AssertBalances(Account from, long fromMinor, Account to, long toMinor)
    {
        Assert.Equal(fromMinor, from.BalanceMinor);
        Assert.Equal(toMinor, to.BalanceMinor);
    }
}
