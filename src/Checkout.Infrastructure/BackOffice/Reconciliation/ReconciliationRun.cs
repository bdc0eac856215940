namespace OpenCharge.Checkout.Infrastructure.BackOffice.Reconciliation;

/// <summary>The stored result of one reconciliation: when, what it covered and every discrepancy it found.</summary>
public sealed class ReconciliationRun
{
    public const int MaxActorLength = 256;

    private readonly List<Discrepancy> _discrepancies = [];

    private ReconciliationRun()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset RanAt { get; private set; }

    /// <summary>The admin who pressed "run now", or <c>system</c> for the daily job.</summary>
    public string Actor { get; private set; } = "";

    public int AccountsChecked { get; private set; }

    public int CurrenciesChecked { get; private set; }

    public int SessionsChecked { get; private set; }

    public IReadOnlyList<Discrepancy> Discrepancies => _discrepancies;

    public bool Passed { get; private set; }

    public static ReconciliationRun Record(DateTimeOffset ranAt, string actor, ReconciliationFindings findings)
    {
        var run = new ReconciliationRun
        {
            Id = Guid.CreateVersion7(),
            RanAt = ranAt,
            Actor = actor.Length <= MaxActorLength ? actor : actor[..MaxActorLength],
            AccountsChecked = findings.AccountsChecked,
            CurrenciesChecked = findings.CurrenciesChecked,
            SessionsChecked = findings.SessionsChecked,
            Passed = findings.Discrepancies.Count == 0,
        };
        run._discrepancies.AddRange(findings.Discrepancies);
        return run;
    }
}
