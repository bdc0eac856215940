using Npgsql;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>What a checkout session asks for, read straight from the database to check the figures pages show.</summary>
public static class SessionAmounts
{
    public static async Task<Money> OfAsync(string connectionString, string session)
    {
        Assert.True(SessionId.TryParse(session, out var id), $"{session} is not a session id.");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT amount_minor, currency FROM checkout_sessions WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id.Value);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No session {session} in the database.");
        return new Money(reader.GetInt64(0), Currency.Of(reader.GetString(1)));
    }
}
