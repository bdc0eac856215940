using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;
using OpenCharge.Checkout.UnitTests.Domain.Settlement.Sagas;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;
using OpenCharge.Checkout.UnitTests.Postgres.Settlement;

namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Reconciliation;

/// <summary>
/// The "final proof" check on a payment settled over a remote path (a common provider, then the merchant's gateway):
/// its final proof is the one the last hop issued, which the saga kept among the proofs we received.
/// </summary>
public sealed class RemoteSettlementReconciliationTests : CheckoutDatabaseTest
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly Ocid Provider = new(100);
    private static readonly Ocid Gateway = new(300);

    private readonly FakeTimeProvider _clock = new(CheckoutSessionBuilder.DefaultNow.AddMinutes(1));
    private readonly SagaDriver _sagas;

    public RemoteSettlementReconciliationTests()
    {
        var directory = new FakePeerDirectory();
        directory.Publish(Provider, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        directory.Publish(Gateway, ProofBuilder.PublicKeyOf(ProofBuilder.IssuerKey));
        _sagas = new SagaDriver(this, new FakeHopNetwork(), directory, _clock);
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddReconciliation();
        // Without a holding row the saga completes all the same (as in SettlementSagaDatabaseTests).
        services.TryAddScoped<IPartners, InMemoryPartners>();
    }

    [Fact]
    public async Task Run_AfterTheSagaCompletedWithTheGatewaysProof_Passes()
    {
        await PayAndSettleRemotelyAsync();

        var run = await ReconcileAsync();

        Assert.True(run.Passed, string.Join("; ", run.Discrepancies));
        Assert.Equal(1, run.SessionsChecked);
    }

    [Theory]
    [InlineData("DELETE FROM proof_records WHERE direction = 'Received' AND issuer = 300")]
    [InlineData("UPDATE proof_records SET txid = 'forged_' || txid WHERE direction = 'Received' AND issuer = 300")]
    public async Task Run_WhenTheLastHopsProofIsMissingOrNoLongerMatchesTheSaga_FlagsThatSession(string breakTheProof)
    {
        var session = await PayAndSettleRemotelyAsync();
        Assert.True((await ReconcileAsync()).Passed);
        await Database.ExecuteOnDatabaseAsync(breakTheProof);

        var run = await ReconcileAsync();

        Assert.False(run.Passed);
        var flagged = Assert.Single(run.Discrepancies);
        Assert.Equal(new Discrepancy(ReconciliationCheck.SessionProof, session.Value.ToString(), null, 1, 0), flagged);
    }

    private async Task<SessionId> PayAndSettleRemotelyAsync()
    {
        var session = A.Session().SettledOver(SettlementPath.CommonProvider(Provider, Gateway)).Build();
        await StoreAsync(session);
        await FundAsync("shopper", new Money(20_00, Usd));
        Assert.True((await PayAsync(session.Id, "shopper", _clock)).IsSuccess);
        await _sagas.RunAsync(session.Id);
        Assert.Equal(SagaState.Completed, (await _sagas.SagaOfAsync(session.Id)).State);
        Assert.Equal(SessionStatus.Paid, (await ReadAsync(session.Id)).Status);
        return session.Id;
    }

    private Task<ReconciliationRun> ReconcileAsync() =>
        InScopeAsync(services => services.GetRequiredService<RunReconciliation>().ExecuteAsync(AuditActions.System, CancellationToken.None));
}
