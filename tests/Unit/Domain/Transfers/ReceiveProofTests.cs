using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Transfers;

/// <summary>
/// The webhook's hand-over of a proof that a pending settlement awaits (IAwaitedProofs): no such source is registered
/// in the app yet, so its checks are tested here with a source standing in for the settlement saga.
/// </summary>
public sealed class ReceiveProofTests
{
    private const string Reference = "gateway_payment_456";
    private static readonly Ocid Us = new(9001);
    private static readonly Ocid Provider = new(200);
    private static readonly ProofPolicy Policy = new(new HashSet<Ocid> { Provider }, new HashSet<Ocid> { Us }, ReferenceMayBeSession: false);

    private readonly FakePeerDirectory _peers = new();
    private readonly InMemoryLedger _ledger = new();
    private readonly InMemoryProofRecords _records = new();
    private readonly AwaitingSettlement _settlement = new(new AwaitedProof(Reference, Provider, "12.50", "USD"));

    public ReceiveProofTests() => _peers.Publish(Provider, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));

    [Fact]
    public async Task Execute_AwaitedProofMatching_HandsItOverOnceAndRecordsIt()
    {
        var outcome = await ReceiveAsync(new ProofBuilder().To(Us.Value, Reference));
        var again = await ReceiveAsync(new ProofBuilder().To(Us.Value, Reference));

        Assert.IsType<IncomingProofOutcome.Accepted>(outcome);
        Assert.IsType<IncomingProofOutcome.Accepted>(again);
        Assert.Single(_settlement.Taken);
        Assert.Equal(ProofRecordDirection.Received, Assert.Single(_records.Added).Direction);
        Assert.Empty(_ledger.Recorded);
    }

    [Fact]
    public async Task Execute_AwaitedProofForAnotherAmount_RefusesAmountMismatch()
    {
        var outcome = await ReceiveAsync(new ProofBuilder().To(Us.Value, Reference).Paying("12.00", "USD"));

        Assert.Equal("AMOUNT_MISMATCH", Assert.IsType<IncomingProofOutcome.Refused>(outcome).Rejection.Code);
        Assert.Empty(_settlement.Taken);
        Assert.Empty(_records.Added);
    }

    [Fact]
    public async Task Execute_AwaitedProofInAnotherCurrency_RefusesCurrencyMismatch()
    {
        var outcome = await ReceiveAsync(new ProofBuilder().To(Us.Value, Reference).Paying("12.50", "EUR"));

        Assert.Equal("CURRENCY_MISMATCH", Assert.IsType<IncomingProofOutcome.Refused>(outcome).Rejection.Code);
        Assert.Empty(_settlement.Taken);
    }

    private async Task<IncomingProofOutcome> ReceiveAsync(ProofBuilder proof)
    {
        Assert.True(ProofEnvelopeReader.TryRead(proof.Build(), out var envelope, out var problem), problem);
        var receive = new ReceiveProof(
            new ProofVerifier(_peers, new BouncyCastleSecp256k1()),
            new FakeUnitOfWork(),
            new NoWallets(),
            new NoPartners(),
            [_settlement],
            _ledger,
            _records,
            new FakeTimeProvider());
        return await receive.ExecuteAsync(envelope, Provider, Policy, CancellationToken.None);
    }

    private sealed class NoWallets : IShopperWallets
    {
        public Task<string?> FindUserIdAsync(string walletReference, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    private sealed class NoPartners : IPartners
    {
        public Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Partner>>([]);

        public Task<Partner?> FindAsync(Ocid ocid, CancellationToken cancellationToken) => Task.FromResult<Partner?>(null);

        public Task<PartnerHolding?> LockHoldingAsync(Ocid partner, Currency currency, CancellationToken cancellationToken) => Task.FromResult<PartnerHolding?>(null);

        public void Add(Partner partner) => throw new NotSupportedException("Receiving a proof adds no partner.");
    }
}
