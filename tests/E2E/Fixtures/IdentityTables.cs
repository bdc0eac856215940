using Npgsql;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>Reads the app's Identity tables directly, to see which accounts exist without signing in.</summary>
public static class IdentityTables
{
    public static Task<long> CountUsersAsync(string connectionString) =>
        ScalarAsync(connectionString, """SELECT count(*) FROM "AspNetUsers" """);

    public static Task<long> CountAdminsAsync(string connectionString, string email) =>
        ScalarAsync(
            connectionString,
            """
            SELECT count(*) FROM "AspNetUsers" u
            JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id"
            JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            WHERE r."Name" = 'Admin' AND u."NormalizedEmail" = upper(@email)
            """,
            ("email", email));

    /// <summary>Whether a database of that name exists on the server <paramref name="connectionString"/> points at.</summary>
    public static async Task<bool> DatabaseExistsAsync(string connectionString, string name) =>
        await ScalarAsync(
            new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString,
            "SELECT count(*) FROM pg_database WHERE datname = @name",
            ("name", name)) > 0;

    private static async Task<long> ScalarAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
