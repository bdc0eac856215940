using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Sandbox.Settlement;
using OpenCharge.Checkout.Sandbox.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Sandbox.Settlement;

public sealed class CreatePeerTransferTests : PeerBooksTest
{
    [Fact]
    public async Task Execute_ReserveCoversIt_MovesTheAmountAndSignsAProofToTheRecipient()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));

        var outcome = await TransferAsync(Transfer(Store, "ord_1"));

        using var answer = JsonDocument.Parse(outcome.Json!);
        var proof = answer.RootElement.GetProperty("proof");
        Assert.Equal((9002L, 9001L, "ord_1", "12.50"), (proof.GetProperty("issuer").GetInt64(), proof.GetProperty("to").GetProperty("ocid").GetInt64(), proof.GetProperty("to").GetProperty("reference").GetString(), proof.GetProperty("amount").GetString()));
        Assert.Equal((87_50L, 12_50L, 0L), (await BalanceAsync(Bank, Us), await BalanceAsync(Bank, Store), await BooksTotalAsync(Bank)));
    }

    [Fact]
    public async Task Execute_ToTheStore_OwesTheStoreItsProofFromTheBank()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));

        await TransferAsync(Transfer(Store, "ord_1"));

        var forward = Assert.Single(await ForwardsAsync());
        Assert.Equal((SandboxPeer.Bank, "ord_1", (long?)null), (forward.Sender, forward.OrderId, forward.ReceivedIssuer));
    }

    [Fact]
    public async Task Execute_SameIdempotencyKeyTwice_MovesMoneyOnceAndAnswersTheFirstProofAgain()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));

        var first = await TransferAsync(Transfer(Store, "ord_1", fromReference: "pay_1"), "key-1");
        var second = await TransferAsync(Transfer(Store, "ord_1", fromReference: "pay_2"), "key-1");

        Assert.Equal(first.Json, second.Json);
        Assert.Equal(87_50L, await BalanceAsync(Bank, Us));
    }

    [Fact]
    public async Task Execute_SameReferencesWithoutAKey_MovesMoneyOnce()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));

        var first = await TransferAsync(Transfer(Store, "ord_1"));
        var second = await TransferAsync(Transfer(Store, "ord_1"));

        Assert.Equal(first.Json, second.Json);
        Assert.Equal(87_50L, await BalanceAsync(Bank, Us));
    }

    [Fact]
    public async Task Execute_TwentyConcurrentRepeats_MovesMoneyOnce()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TransferAsync(Transfer(Store, "ord_1"), "key-1")));

        Assert.Single(outcomes.Select(o => o.Json).Distinct());
        Assert.Equal((87_50L, 12_50L), (await BalanceAsync(Bank, Us), await BalanceAsync(Bank, Store)));
    }

    [Fact]
    public async Task Execute_MoreThanTheBalance_Returns402InsufficientFundsAndMovesNothing()
    {
        await OpenAsync(Bank, (Us, 10_00), (Store, 0));

        var outcome = await TransferAsync(Transfer(Store, "ord_1"));

        Assert.Equal((402, "INSUFFICIENT_FUNDS"), (outcome.Error!.Status, outcome.Error.Code));
        Assert.Equal((10_00L, 0L), (await BalanceAsync(Bank, Us), await BalanceAsync(Bank, Store)));
        Assert.Empty(await ForwardsAsync());
    }

    [Fact]
    public async Task Execute_RecipientWithoutAnAccount_Returns400AccountNotFound()
    {
        await OpenAsync(Bank, (Us, 100_00));

        var outcome = await TransferAsync(Transfer(777, "ord_1"));

        Assert.Equal((400, "ACCOUNT_NOT_FOUND"), (outcome.Error!.Status, outcome.Error.Code));
        Assert.Equal(100_00L, await BalanceAsync(Bank, Us));
    }

    [Fact]
    public async Task Execute_FromAnotherOcidsAccount_Returns403Unauthorized()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));

        var outcome = await TransferAsync(Transfer(Store, "ord_1", from: 300));

        Assert.Equal((403, "UNAUTHORIZED"), (outcome.Error!.Status, outcome.Error.Code));
    }

    [Fact]
    public async Task Execute_AmountFinerThanTheCurrency_Returns400InvalidRequest()
    {
        await OpenAsync(Bank, (Us, 100_00), (Store, 0));

        var outcome = await TransferAsync(Transfer(Store, "ord_1", amount: "12.505"));

        Assert.Equal((400, "INVALID_REQUEST"), (outcome.Error!.Status, outcome.Error.Code));
    }

    private Task<PeerOutcome> TransferAsync(TransferCreateRequest request, string? idempotencyKey = null) =>
        Transfers.ExecuteAsync(Bank, BankSigner, new Ocid(Us), request, idempotencyKey, CancellationToken.None);
}
