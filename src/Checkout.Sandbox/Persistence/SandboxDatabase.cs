using Microsoft.EntityFrameworkCore;

using Npgsql;

namespace OpenCharge.Checkout.Sandbox.Persistence;

internal static class SandboxDatabase
{
    /// <summary>A unique index refused the insert: a concurrent request stored the same thing first.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
