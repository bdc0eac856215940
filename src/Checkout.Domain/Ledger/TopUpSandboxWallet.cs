using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Ledger;

/// <summary>
/// Sandbox only: moves play money from the sandbox funding account into a shopper's wallet, as one balanced ledger
/// transaction in one unit of work. Whether sandbox mode is on is the caller's decision.
/// </summary>
public sealed class TopUpSandboxWallet(IUnitOfWork unitOfWork, ILedger ledger, TimeProvider time)
{
    /// <summary>The most one top-up may add, so a typo cannot mint absurd play money.</summary>
    public const long MaxMinor = 1_000_000_00;

    public async Task<Result<Money>> ExecuteAsync(string shopperUserId, Money amount, CancellationToken cancellationToken)
    {
        if (amount.Minor > MaxMinor)
        {
            return new DomainError("sandbox.top_up_too_large", $"A sandbox top-up adds at most {new Money(MaxMinor, amount.Currency)}.");
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var shopper = AccountOwner.Shopper(shopperUserId);
        var accounts = await ledger.LockAccountsAsync([AccountOwner.SandboxFunding, shopper], amount.Currency, cancellationToken);
        var movement = LedgerTransaction.Transfer(
            LedgerTransactionKind.SandboxTopUp, accounts[AccountOwner.SandboxFunding], accounts[shopper], amount, "sandbox-top-up", time.GetUtcNow());
        if (!movement.IsSuccess)
        {
            return movement.Error;
        }
        ledger.Record(movement.Value);
        await transaction.CommitAsync(cancellationToken);
        return accounts[shopper].Balance;
    }
}
