using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.UnitTests.Postgres.Sessions;

namespace OpenCharge.Checkout.UnitTests.Postgres.BackOffice.Transactions;

/// <summary>
/// A fixed back office dataset with fixed ids and times, written as rows (the golden CSV depends on every byte):
/// six sessions of two gateways and four merchants, two transfers, three proofs, the ledger of the first payment (a
/// top-up, then the payment: balanced) and a rejected delivery of its proof with one attempt. The clock stands at
/// <see cref="Now"/>, so the open session S2 reads Expired.
/// </summary>
public sealed class TransactionBooks : CheckoutDatabaseTest
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly SessionId S1 = Session(1);
    public static readonly SessionId S2 = Session(2);
    public static readonly SessionId S3 = Session(3);
    public static readonly SessionId S4 = Session(4);
    public static readonly SessionId S5 = Session(5);
    public static readonly SessionId S6 = Session(6);

    public static readonly Guid T1 = Guid.Parse("00000000-0000-7000-8000-0000000000a1");
    public static readonly Guid T2 = Guid.Parse("00000000-0000-7000-8000-0000000000a2");
    public static readonly Guid P1 = Guid.Parse("00000000-0000-7000-8000-0000000000b1");
    public static readonly Guid P2 = Guid.Parse("00000000-0000-7000-8000-0000000000b2");
    public static readonly Guid P3 = Guid.Parse("00000000-0000-7000-8000-0000000000b3");
    public static readonly Guid Delivery = Guid.Parse("00000000-0000-7000-8000-0000000000d1");

    internal T Resolve<T>()
        where T : notnull
    {
        using var scope = NewScope();
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Database.ExecuteOnDatabaseAsync(TransactionRows.Sql);
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now)));

    private static SessionId Session(int number) => new(Guid.Parse($"00000000-0000-7000-8000-00000000000{number}"));
}
