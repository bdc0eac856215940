using Bunit;

using Microsoft.Extensions.DependencyInjection;

using MudBlazor.Services;

namespace OpenCharge.Checkout.UnitTests.Web.Components;

/// <summary>The services every Checkout component expects: MudBlazor and the string localizer.</summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        // MudBlazor calls into its own JavaScript for things a test does not look at (focus, resize observers).
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // Some MudBlazor services (KeyInterceptorService, used by radios) can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
