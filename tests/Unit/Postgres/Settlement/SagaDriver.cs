using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Crypto;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Settlement.Sagas;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.Settlement;

/// <summary>
/// Advances settlement sagas over a <see cref="CheckoutDatabaseTest"/>'s database and <see cref="FakeHopNetwork"/>, one
/// step per DI scope as the saga runner would, verifying each hop's proof against <paramref name="directory"/>.
/// </summary>
internal sealed class SagaDriver(CheckoutDatabaseTest test, FakeHopNetwork network, FakePeerDirectory directory, TimeProvider clock)
{
    public HopProofCheck Check() => new(new ProofVerifier(directory, new BouncyCastleSecp256k1()));

    /// <summary>Advances the session's saga until it completes or reverses (or 20 rounds pass, which would be a bug).</summary>
    public async Task RunAsync(SessionId session)
    {
        var id = (await SagaOfAsync(session)).Id;
        for (var round = 0; round < 20 && !(await SagaOfAsync(session)).IsFinished; round++)
        {
            await AdvanceOnceAsync(id);
        }
    }

    public async Task AdvanceOnceAsync(SagaId id)
    {
        await using var scope = test.NewScope();
        var services = scope.ServiceProvider;
        var advance = new AdvanceSettlement(
            services.GetRequiredService<IUnitOfWork>(),
            services.GetRequiredService<ISettlementSagas>(),
            network,
            Check(),
            services.GetRequiredService<SettlementBooks>(),
            services.GetRequiredService<IProofRecords>(),
            clock);
        await advance.ExecuteAsync(id, CancellationToken.None);
    }

    public async Task<SettlementSaga> SagaOfAsync(SessionId session)
    {
        await using var db = test.Database.NewContext();
        return await db.Set<SettlementSaga>().AsNoTracking().SingleAsync(s => s.SessionId == session);
    }
}
