using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Infrastructure.Qr;
using OpenCharge.Checkout.Sandbox.Pos;

namespace OpenCharge.Checkout.Web.Components.Pages.Sandbox;

/// <summary>
/// The POS side of "customer shows QR" (endpoints.md A4). Only a wallet session QR will do; pictures are decoded on
/// the server, within the decoder's own limits. Every outcome is shown: the gateway's status URL, or its error code
/// and message.
/// </summary>
public sealed partial class PosWalletPanel
{
    private string? _qrText;
    private bool _busy;
    private WalletOrderAnswer.Refused? _refusal;
    private WalletOrderAnswer.Accepted? _accepted;
    private string? _orderId;

    [Parameter, EditorRequired]
    public PosBasketModel Basket { get; set; } = default!;

    [Inject]
    private PostOrderToWallet PostOrder { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private ILogger<PosWalletPanel> Logger { get; set; } = default!;

    /// <summary>Nothing is sent from the prerendered page: its inputs reach the server only once the circuit is up.</summary>
    private bool CanAct => RendererInfo.IsInteractive && !_busy;

    private async Task ReadPictureAsync(InputFileChangeEventArgs e)
    {
        _busy = true;
        try
        {
            using var buffer = new MemoryStream();
            await using (var upload = e.File.OpenReadStream(QrImageDecoder.MaxBytes))
            {
                await upload.CopyToAsync(buffer);
            }
            var decoded = QrImageDecoder.Decode(buffer.ToArray());
            _refusal = decoded.IsSuccess ? null : new WalletOrderAnswer.Refused(decoded.Error.Code, decoded.Error.Message);
            _qrText = decoded.IsSuccess ? decoded.Value : _qrText;
        }
        catch (IOException)
        {
            // OpenReadStream throws once the browser sends more than the limit.
            _refusal = new WalletOrderAnswer.Refused("qr.image_too_large", L["The picture is larger than the POS accepts."]);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SendAsync()
    {
        _accepted = null;
        _orderId = null;
        // Sandbox mode: the wallet's gateway runs on plain http://localhost (docs/decisions.md "Issue 9: reading merchant QRs").
        var read = QrPayloadReader.Read(_qrText, Time.GetUtcNow(), allowPlainHttp: true);
        if (!read.IsSuccess)
        {
            _refusal = new(read.Error.Code, read.Error.Message);
            return;
        }
        if (read.Value is not WalletSessionQr qr)
        {
            _refusal = new("NOT_A_WALLET_QR", L["This is a merchant's QR, not a shopper's wallet QR."]);
            return;
        }
        if (Basket.Lines.Count == 0)
        {
            _refusal = new("EMPTY_BASKET", L["Ring up at least one product first."]);
            return;
        }

        _busy = true;
        try
        {
            var answer = await PostOrder.PostAsync(qr, Basket.Lines, Basket.SettleThrough, CancellationToken.None);
            _refusal = answer as WalletOrderAnswer.Refused;
            _accepted = answer as WalletOrderAnswer.Accepted;
            _orderId = _accepted?.OrderId;
        }
        catch (Exception ex)
        {
            // The till must always answer; the log keeps the cause.
            Logger.LogError(ex, "Demo Store could not post an order to wallet QR {Link}", qr.OrderUrl);
            _refusal = new("SANDBOX_ERROR", L["The Demo Store failed to send the order. See the server log."]);
        }
        finally
        {
            _busy = false;
        }
    }
}
