using System.Data.Common;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>
/// Makes a LINQ query tagged <see cref="Tag"/> a <c>SELECT … FOR UPDATE</c>, so a row is locked and loaded through the
/// normal mapping in one round trip: EF has no locking operator, and <c>FromSql</c> cannot map owned and complex
/// columns. Only the rows of the query's own FROM tables are locked; a subquery in its select list reads without locks.
/// Tag a query with <see cref="TagOn"/>, which refuses a context without the interceptor rather than not lock.
/// </summary>
internal sealed class ForUpdateInterceptor : DbCommandInterceptor
{
    private const string Tag = "for update";

    // EF writes each tag as a comment line before the query.
    private static readonly string TagComment = "-- " + Tag + Environment.NewLine;

    public static ForUpdateInterceptor Instance { get; } = new();

    /// <summary>The tag, once <paramref name="db"/> is known to have the interceptor: a lock that silently did not lock would let two payers in.</summary>
    public static string TagOn(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(Instance) == true
            ? Tag
            : throw new InvalidOperationException($"This context's options lack {nameof(ForUpdateInterceptor)}, so a locking query would not lock; build pooled options with it.");

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Lock(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Lock(command);
        return ValueTask.FromResult(result);
    }

    private static void Lock(DbCommand command)
    {
        if (command.CommandText.StartsWith(TagComment, StringComparison.Ordinal))
        {
            command.CommandText = command.CommandText.TrimEnd().TrimEnd(';') + " FOR UPDATE";
        }
    }
}
