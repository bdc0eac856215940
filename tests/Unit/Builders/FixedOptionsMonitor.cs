using Microsoft.Extensions.Options;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>An <see cref="IOptionsMonitor{TOptions}"/> whose value the test sets up front and may edit in place.</summary>
internal sealed class FixedOptionsMonitor<TOptions>(TOptions value) : IOptionsMonitor<TOptions>
{
    public TOptions CurrentValue => value;

    public TOptions Get(string? name) => value;

    public IDisposable? OnChange(Action<TOptions, string?> listener) => null;
}
