using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Ledger;

public static class LedgerErrors
{
    public static DomainError InsufficientFunds(Account account, Money needed) =>
        new("ledger.insufficient_funds", $"The balance {account.Balance} does not cover {needed}.");

    public static DomainError NotPositive(Money amount) =>
        new("ledger.not_positive", $"A movement must be of a positive amount, not {amount}.");

    public static DomainError Mismatch(Account from, Currency to, Money amount) =>
        new("ledger.mismatch", $"Cannot move {amount} from a {from.Currency} account to a {to} account.");
}
