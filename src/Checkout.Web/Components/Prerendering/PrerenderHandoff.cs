using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

using Microsoft.AspNetCore.Components;

namespace OpenCharge.Checkout.Web.Components.Prerendering;

/// <summary>
/// Hands what a page read while prerendering to its interactive render, which then starts from the same screen
/// instead of showing its loading state again while it reads everything a second time. The state travels inside the
/// page, so a page hands over only what it displays: never a secret or signing material.
/// </summary>
/// <remarks>
/// Written as a <see cref="JsonElement"/> made with <see cref="PrerenderJson.Options"/>: the options
/// <see cref="PersistentComponentState.PersistAsJson{TValue}"/> uses cannot rebuild a <see cref="Domain.Common.Currency"/>,
/// and the Domain carries no JSON attributes.
/// </remarks>
internal sealed class PrerenderHandoff<T> : IDisposable
    where T : class
{
    private readonly PersistentComponentState _state;
    private readonly string _key;
    private readonly PersistingComponentStateSubscription _subscription;

    /// <param name="state">The circuit's persisted state, which carries the prerender's over.</param>
    /// <param name="key">Unique among the components of one page.</param>
    /// <param name="snapshot">Read when the page is persisted (after prerendering): what the page shows then, or null for nothing.</param>
    public PrerenderHandoff(PersistentComponentState state, string key, Func<T?> snapshot)
    {
        _state = state;
        _key = key;
        _subscription = state.RegisterOnPersisting(() =>
        {
            if (snapshot() is { } value)
            {
                state.PersistAsJson(key, JsonSerializer.SerializeToElement(value, PrerenderJson.Options));
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>The prerendered state, once: a later render of the same page reads afresh.</summary>
    public bool TryTake([NotNullWhen(true)] out T? value)
    {
        value = _state.TryTakeFromJson<JsonElement>(_key, out var json) ? json.Deserialize<T>(PrerenderJson.Options) : null;
        return value is not null;
    }

    public void Dispose() => _subscription.Dispose();
}
