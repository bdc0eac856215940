using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Infrastructure.Qr;

namespace OpenCharge.Checkout.Web.Components.Shared;

/// <summary>
/// An uploaded picture of a QR code (a photo, a screenshot), for the wallet's scan page and the Demo Store's till:
/// read within <see cref="QrImageDecoder"/>'s limits and decoded on the server, since not every browser reads codes.
/// </summary>
public sealed partial class QrPictureInput : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private bool _ready;

    /// <summary>The input's id, which its label points at; also its test id.</summary>
    [Parameter, EditorRequired]
    public string Id { get; set; } = "";

    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>The text the picture's code holds.</summary>
    [Parameter]
    public EventCallback<string> OnCode { get; set; }

    /// <summary>Why the picture gave no code (too large, not an image, no code found).</summary>
    [Parameter]
    public EventCallback<DomainError> OnFailure { get; set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // The browser hands a picture to .NET only once InputFile's script is attached, which InputFile asks for in
            // its own after-render step, run after this one. Yielding first queues the enabling render behind that
            // request, so a file picked the moment the input is enabled is never dropped.
            await Task.Yield();
            _ready = true;
            StateHasChanged();
        }
    }

    private async Task ReadAsync(InputFileChangeEventArgs change)
    {
        var decoded = await DecodeAsync(change.File, _stop.Token);
        await (decoded.IsSuccess ? OnCode.InvokeAsync(decoded.Value) : OnFailure.InvokeAsync(decoded.Error));
    }

    private static async Task<Result<string>> DecodeAsync(IBrowserFile picture, CancellationToken cancellationToken)
    {
        if (picture.Size > QrImageDecoder.MaxBytes)
        {
            return QrErrors.ImageTooLarge(QrImageDecoder.MaxBytes);
        }
        using var bytes = new MemoryStream();
        try
        {
            await using var upload = picture.OpenReadStream(QrImageDecoder.MaxBytes, cancellationToken);
            await upload.CopyToAsync(bytes, cancellationToken);
        }
        catch (IOException)
        {
            // The browser sent more than it announced: the stream stops at the limit.
            return QrErrors.ImageTooLarge(QrImageDecoder.MaxBytes);
        }
        return QrImageDecoder.Decode(bytes.ToArray());
    }

    public void Dispose() =>
        // Not disposed: a read still queued on the circuit may look at the token, which must then say "cancelled".
        _stop.Cancel();
}
