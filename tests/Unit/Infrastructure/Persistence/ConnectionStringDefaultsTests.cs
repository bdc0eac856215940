using Npgsql;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Persistence;

public sealed class ConnectionStringDefaultsTests
{
    [Fact]
    public void Apply_OperatorSetNothing_AddsTheTunedDefaults()
    {
        var applied = new NpgsqlConnectionStringBuilder(ConnectionStringDefaults.Apply("Host=db;Username=checkout"));

        Assert.Equal(
            (ConnectionStringDefaults.MaxAutoPrepare, true, ConnectionStringDefaults.MaxPoolSize, "db"),
            (applied.MaxAutoPrepare, applied.NoResetOnClose, applied.MaxPoolSize, applied.Host));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false;Maximum Pool Size=10")]
    [InlineData("Host=db;max auto prepare=0;NO RESET ON CLOSE=false;maximum pool size=10")]
    public void Apply_OperatorSetTheKeys_KeepsTheOperatorsValues(string connectionString)
    {
        var applied = new NpgsqlConnectionStringBuilder(ConnectionStringDefaults.Apply(connectionString));

        Assert.Equal((0, false, 10), (applied.MaxAutoPrepare, applied.NoResetOnClose, applied.MaxPoolSize));
    }
}
