using Bunit;

using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

using MudBlazor.Services;

namespace OpenCharge.Checkout.UnitTests.Web.Components;

/// <summary>
/// The services every Checkout component expects: MudBlazor and the string localizer. A test of a component that asks
/// <c>RendererInfo</c> whether the circuit is live says which renderer it runs on (<see cref="Interactive"/> or
/// <see cref="Prerendering"/>) once its services are wired.
/// </summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        // MudBlazor calls into its own JavaScript for things a test does not look at (focus, resize observers).
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    protected static RendererInfo Interactive { get; } = new("Server", isInteractive: true);

    protected static RendererInfo Prerendering { get; } = new("Static", isInteractive: false);

    public Task InitializeAsync() => Task.CompletedTask;

    // Some MudBlazor services (KeyInterceptorService, used by radios) can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
