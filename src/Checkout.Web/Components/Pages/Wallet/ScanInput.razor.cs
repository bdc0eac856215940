using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

/// <summary>
/// Hands the scan page a code's text, however it came: read by the browser's <c>BarcodeDetector</c> from the camera
/// (offered only where the browser has one), decoded server-side from an uploaded picture, or pasted.
/// </summary>
public sealed partial class ScanInput : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private IJSObjectReference? _camera;
    private DotNetObjectReference<ScanInput>? _self;
    private ElementReference _video;
    private bool _cameraSupported;
    private bool _cameraOn;
    private string? _text;
    private bool _interactive;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [Parameter]
    public bool Busy { get; set; }

    /// <summary>Until the circuit is up nothing could act on a picture or text, so the inputs wait for it.</summary>
    private bool IsDisabled => Busy || !_interactive;

    /// <summary>The text of a code, to be opened.</summary>
    [Parameter]
    public EventCallback<string> OnCode { get; set; }

    /// <summary>Why no code could be read (a refused picture, a camera that would not start).</summary>
    [Parameter]
    public EventCallback<string> OnFailure { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }
        _interactive = true;
        try
        {
            _camera = await Js.InvokeAsync<IJSObjectReference>("import", _stop.Token, "./js/scan-camera.js");
            _cameraSupported = await _camera.InvokeAsync<bool>("isSupported", _stop.Token);
        }
        catch (JSException)
        {
            // No module, no camera: upload and paste still work.
            _cameraSupported = false;
        }
        StateHasChanged();
    }

    private async Task ToggleCameraAsync()
    {
        if (_camera is null)
        {
            return;
        }
        if (_cameraOn)
        {
            await _camera.InvokeVoidAsync("stop", _stop.Token, _video);
            _cameraOn = false;
            return;
        }
        _cameraOn = true;
        _self ??= DotNetObjectReference.Create(this);
        try
        {
            await _camera.InvokeVoidAsync("start", _stop.Token, _video, _self);
        }
        catch (JSException ex)
        {
            _cameraOn = false;
            await OnFailure.InvokeAsync(L["The camera could not start: {0}", ex.Message]);
        }
    }

    [JSInvokable]
    public async Task OnCameraCode(string text)
    {
        _cameraOn = false;
        await InvokeAsync(() => OnCode.InvokeAsync(text));
    }

    private async Task UploadAsync(InputFileChangeEventArgs upload)
    {
        var decoded = await ScanDesk.DecodeAsync(upload.File, _stop.Token);
        await (decoded.IsSuccess ? OnCode.InvokeAsync(decoded.Value) : OnFailure.InvokeAsync(decoded.Error.Message));
    }

    private Task SubmitTextAsync() => OnCode.InvokeAsync(_text ?? "");

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_camera is not null)
        {
            try
            {
                await _camera.InvokeVoidAsync("stop", CancellationToken.None, _video);
                await _camera.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the browser stopped the camera with the page.
            }
        }
        _self?.Dispose();
    }
}
