using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;

namespace OpenCharge.Checkout.UnitTests.Domain.Ledger;

/// <summary>A transfer whose credit the ledger adds in place at commit: the debit is checked and applied, the entries still balance.</summary>
public sealed class InPlaceCreditTransferTests
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly CreditedAccount Merchant = new(Guid.CreateVersion7(), AccountOwner.Merchant(new Ocid(9001)), Usd);

    [Fact]
    public void Transfer_ToCreditedAccount_DebitsNowAndCarriesTheCreditForCommit()
    {
        var shopper = Funded(50_00);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, Merchant, new Money(12_50, Usd), "sess_1", Now);

        var transaction = Assert.IsType<LedgerTransaction>(result.Value);
        Assert.Equal(37_50, shopper.BalanceMinor);
        Assert.Equal([new LedgerEntry(shopper.Id, -12_50), new LedgerEntry(Merchant.Id, 12_50)], transaction.Entries);
        Assert.Equal(new LedgerEntry(Merchant.Id, 12_50), transaction.InPlaceCredit);
    }

    [Fact]
    public void Transfer_BetweenLockedAccounts_HasNoInPlaceCredit()
    {
        var shopper = Funded(50_00);
        var merchant = Account.Open(AccountOwner.Merchant(new Ocid(9001)), Usd);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, merchant, new Money(12_50, Usd), "sess_1", Now);

        Assert.Null(Assert.IsType<LedgerTransaction>(result.Value).InPlaceCredit);
        Assert.Equal(12_50, merchant.BalanceMinor);
    }

    [Fact]
    public void Transfer_ToCreditedAccountBeyondTheBalance_FailsWithoutMovingMoney()
    {
        var shopper = Funded(10_00);

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, Merchant, new Money(12_50, Usd), "sess_1", Now);

        Assert.Equal("ledger.insufficient_funds", result.Error?.Code);
        Assert.Equal(10_00, shopper.BalanceMinor);
    }

    [Fact]
    public void Transfer_ToCreditedAccountInAnotherCurrency_FailsWithoutMovingMoney()
    {
        var shopper = Funded(50_00);
        var euroMerchant = Merchant with { Currency = Currency.Of("EUR") };

        var result = LedgerTransaction.Transfer(LedgerTransactionKind.CheckoutPayment, shopper, euroMerchant, new Money(12_50, Usd), "sess_1", Now);

        Assert.Equal("ledger.mismatch", result.Error?.Code);
        Assert.Equal(50_00, shopper.BalanceMinor);
    }

    private static Account Funded(long minor)
    {
        var shopper = Account.Open(AccountOwner.Shopper("user_1"), Usd);
        var topUp = LedgerTransaction.Transfer(
            LedgerTransactionKind.SandboxTopUp, Account.Open(AccountOwner.SandboxFunding, Usd), shopper, new Money(minor, Usd), "top-up", Now);
        Assert.True(topUp.IsSuccess);
        return shopper;
    }
}
