using System.Reflection;

using Microsoft.EntityFrameworkCore;

using OpenCharge.Checkout.Domain.Audit;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.BackOffice.Audit;

/// <summary>Reads the audit trail for the back office, filtered and paged in the database.</summary>
internal sealed class AuditQueries(IDbContextFactory<CheckoutDbContext> contexts)
{
    /// <summary>Every action <see cref="AuditActions"/> names, for the filter's choices.</summary>
    public static readonly IReadOnlyList<string> Actions = [.. typeof(AuditActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order()];

    public async Task<AuditResults> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = LikePatterns.Containing(filter.Actor);
            events = events.Where(e => EF.Functions.ILike(e.Actor, actor, LikePatterns.Escape));
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            events = events.Where(e => e.Action == filter.Action);
        }
        if (!string.IsNullOrWhiteSpace(filter.Subject))
        {
            var subject = LikePatterns.Containing(filter.Subject);
            events = events.Where(e => EF.Functions.ILike(e.Subject, subject, LikePatterns.Escape));
        }
        if (filter.From is { } from)
        {
            var start = StartOf(from);
            events = events.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            events = events.Where(e => e.At < end);
        }
        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditResults(rows, total);
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
