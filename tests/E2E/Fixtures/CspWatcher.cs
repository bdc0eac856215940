using System.Collections.Concurrent;

using Microsoft.Playwright;

namespace OpenCharge.Checkout.E2E.Fixtures;

/// <summary>
/// Every Content-Security-Policy violation in a browser context, across navigations and full page loads: the
/// <c>securitypolicyviolation</c> events of each document, and the console's CSP messages.
/// </summary>
public sealed class CspWatcher
{
    private const string Binding = "__reportCspViolation";

    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<(string Url, string? Policy)> _documents = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private CspWatcher()
    {
    }

    public IReadOnlyCollection<string> Violations => _violations.ToArray();

    /// <summary>
    /// Fails unless at least one page of <paramref name="origin"/> was loaded, every one came with a policy that
    /// forbids framing and inline scripts without a nonce, and nothing at all was refused.
    /// </summary>
    public void AssertEnforcedWithoutViolation(string origin)
    {
        var ours = _documents.Where(document => document.Url.StartsWith(origin + "/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, static document =>
        {
            Assert.True(document.Policy is not null, $"{document.Url} came without a Content-Security-Policy.");
            Assert.Contains("frame-ancestors 'none'", document.Policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self' 'nonce-", document.Policy, StringComparison.Ordinal);
        });
        Assert.Empty(Violations);
    }

    /// <summary>Waits until a violation matching <paramref name="match"/> has been seen, and returns it.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (!_violations.Any(match))
        {
            await _arrived.WaitAsync(cancellation.Token);
        }
        return _violations.First(match);
    }

    /// <summary>Attach before opening the first page: the listener is installed into every document the context loads.</summary>
    public static async Task<CspWatcher> AttachAsync(IBrowserContext context)
    {
        var watcher = new CspWatcher();
        // Playwright installs bindings and init scripts through DevTools, so the page's own CSP does not block them.
        await context.ExposeFunctionAsync<string>(Binding, watcher.Add);
        await context.AddInitScriptAsync($$"""
            document.addEventListener('securitypolicyviolation', e => window.{{Binding}}(
                `${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber}) on ${location.pathname}`));
            """);
        context.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "document")
            {
                watcher._documents.Enqueue((response.Url, response.Headers.GetValueOrDefault("content-security-policy")));
            }
        };
        context.Page += (_, page) => page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                watcher.Add("console: " + message.Text);
            }
        };
        return watcher;
    }

    private void Add(string violation)
    {
        _violations.Enqueue(violation);
        _arrived.Release();
    }
}
