using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace OpenCharge.Checkout.Web.Components.Shared;

/// <summary>
/// The camera way into a QR code, for the wallet's scan page and the Demo Store's till alike: the browser's own
/// <c>BarcodeDetector</c> reads the frames (module <c>wwwroot/js/scan-camera.js</c>, loaded under
/// <c>script-src 'self'</c>), so only the code's text reaches the server. Where the browser has no reader, nothing is
/// shown and the page's other ways in (a picture, the text) remain.
/// </summary>
public sealed partial class QrCameraReader : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private IJSObjectReference? _module;
    private DotNetObjectReference<QrCameraReader>? _self;
    private ElementReference _video;
    private bool _supported;
    private bool _on;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>The text of the code the camera read.</summary>
    [Parameter]
    public EventCallback<string> OnCode { get; set; }

    /// <summary>Why the camera could not start.</summary>
    [Parameter]
    public EventCallback<string> OnFailure { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        try
        {
            _module = await Js.InvokeAsync<IJSObjectReference>("import", _stop.Token, "./js/scan-camera.js");
            _supported = await _module.InvokeAsync<bool>("isSupported", _stop.Token);
        }
        catch (JSException)
        {
            // No module, no camera: the page's other ways in still work.
            _supported = false;
        }
        StateHasChanged();
    }

    private async Task ToggleAsync()
    {
        if (_module is null)
        {
            return;
        }
        if (_on)
        {
            await _module.InvokeVoidAsync("stop", _stop.Token, _video);
            _on = false;
            return;
        }
        _on = true;
        _self ??= DotNetObjectReference.Create(this);
        try
        {
            await _module.InvokeVoidAsync("start", _stop.Token, _video, _self);
        }
        catch (JSException ex)
        {
            _on = false;
            await OnFailure.InvokeAsync(L["The camera could not start: {0}", ex.Message]);
        }
    }

    [JSInvokable]
    public async Task OnCameraCode(string text)
    {
        _on = false;
        await InvokeAsync(() => OnCode.InvokeAsync(text));
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stop", CancellationToken.None, _video);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the browser stopped the camera with the page.
            }
        }
        _self?.Dispose();
    }
}
