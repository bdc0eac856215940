using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

using Npgsql;

using OpenCharge.Checkout.Domain.Webhooks;
using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Webhooks;

/// <summary>
/// Writes many attempts' outcomes, their log rows and the released leases in one statement (one round trip, one
/// implicit transaction), so the back office never sees a status change without the attempt that caused it, and the
/// drain rate is not one round trip per proof.
/// </summary>
internal sealed class DeliveryAttemptRecorder(
    IDbContextFactory<CheckoutDbContext> contexts,
    TimeProvider time,
    DeliveryAttemptFeed feed,
    ILogger<DeliveryAttemptRecorder> logger)
{
    // `released` moves on only the deliveries still carrying the claim's lease, to the state the outcome left the
    // claimed copy in; `logged` keeps every attempt, leased or not. Rows come back matched to the input's
    // position; a delivery has one attempt in flight, so (delivery, attempt time) names one attempt.
    private const string RecordSql = """
        WITH sent AS (
            SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::int[], $5::timestamptz[], $6::timestamptz[],
                                 $7::text[], $8::timestamptz[], $9::int[], $10::int[], $11::text[], $12::text[])
                WITH ORDINALITY AS s(id, leased_until, status, attempt_count, next_attempt_at, completed_at,
                                     last_message, attempted_at, http_status, latency_ms, outcome, response_excerpt, place)
        ), released AS (
            UPDATE webhook_deliveries w
            SET status = s.status, attempt_count = s.attempt_count, next_attempt_at = s.next_attempt_at,
                completed_at = s.completed_at, last_message = s.last_message, leased_until = NULL
            FROM sent s
            WHERE w.id = s.id AND w.status = 'Pending' AND w.leased_until = s.leased_until
            RETURNING s.place
        ), logged AS (
            INSERT INTO webhook_delivery_attempts (delivery_id, attempted_at, http_status, latency_ms, outcome, response_excerpt)
            SELECT id, attempted_at, http_status, latency_ms, outcome, response_excerpt FROM sent ORDER BY place
            RETURNING id, delivery_id, attempted_at
        )
        SELECT s.place, l.id, EXISTS (SELECT 1 FROM released r WHERE r.place = s.place)
        FROM sent s JOIN logged l ON l.delivery_id = s.id AND l.attempted_at = s.attempted_at
        """;

    public async Task<IReadOnlyList<RecordedAttempt>> RecordAsync(IReadOnlyList<SentDelivery> sent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deliveries = sent.Select(s => Applied(s, now)).ToArray();

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(RecordSql, (NpgsqlConnection)db.Database.GetDbConnection());
        AddParameters(command, sent, deliveries);

        var recorded = new RecordedAttempt?[sent.Count];
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var index = (int)reader.GetInt64(0) - 1;
                var released = reader.GetBoolean(2);
                recorded[index] = new RecordedAttempt(Attempt(sent[index], reader.GetInt64(1)), released ? deliveries[index].Status : null);
            }
        }

        var result = recorded.Select((attempt, index) => attempt ?? throw new InvalidOperationException(
            $"The attempt on delivery {sent[index].Claim.Id} was not logged.")).ToArray();
        foreach (var attempt in result)
        {
            if (attempt.Status is null)
            {
                // Our lease ran out and another process may have sent the proof again; the attempt still happened.
                logger.LogWarning("Delivery {DeliveryId} was no longer leased to us; only its attempt is recorded", attempt.Attempt.DeliveryId);
            }
            feed.Publish(attempt);
        }
        return result;
    }

    /// <summary>The claimed copy with the outcome applied: what the row becomes if the lease still holds.</summary>
    private static WebhookDelivery Applied(SentDelivery sent, DateTimeOffset now)
    {
        var delivery = sent.Claim.Delivery;
        sent.Outcome.ApplyTo(delivery, now, RetrySchedule.Default, Random.Shared.NextDouble());
        return delivery;
    }

    private static void AddParameters(NpgsqlCommand command, IReadOnlyList<SentDelivery> sent, WebhookDelivery[] deliveries)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = sent.Select(s => s.Claim.LeasedUntil).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.Status.ToString()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.AttemptCount).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.NextAttemptAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.CompletedAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = deliveries.Select(d => d.LastMessage).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = sent.Select(s => s.AttemptedAt).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = sent.Select(s => s.Outcome.HttpStatus).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = sent.Select(s => s.LatencyMilliseconds).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = sent.Select(s => s.Outcome.Word).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = sent.Select(s => s.Outcome.Excerpt).ToArray() });
    }

    private static DeliveryAttempt Attempt(SentDelivery sent, long id) => new()
    {
        Id = id,
        DeliveryId = sent.Claim.Id,
        AttemptedAt = sent.AttemptedAt,
        HttpStatus = sent.Outcome.HttpStatus,
        LatencyMilliseconds = sent.LatencyMilliseconds,
        Outcome = sent.Outcome.Word,
        ResponseExcerpt = sent.Outcome.Excerpt,
    };
}
