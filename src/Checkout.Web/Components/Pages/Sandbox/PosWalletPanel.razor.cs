using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Sandbox.Pos;
using OpenCharge.Checkout.Web.Localization;

namespace OpenCharge.Checkout.Web.Components.Pages.Sandbox;

/// <summary>
/// The POS side of "customer shows QR" (endpoints.md A4). Only a wallet session QR, or the short code under it, will
/// do; pictures are decoded on the server, within the decoder's own limits, and the camera reads where the browser
/// can. Every outcome is shown: the gateway's status URL, or its error code and message.
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

    private void TakeCode(string text)
    {
        _qrText = text;
        _refusal = null;
    }

    private void CameraFailed(string message) => _refusal = new("CAMERA_UNAVAILABLE", message);

    private void PictureFailed(DomainError error) => _refusal = new(error.Code, DomainErrorText.For(error, L));

    private async Task SendAsync()
    {
        _accepted = null;
        _orderId = null;
        if (Basket.Lines.Count == 0)
        {
            _refusal = new("EMPTY_BASKET", L["Ring up at least one product first."]);
            return;
        }
        if (QrShortCode.TryParse(_qrText?.Trim(), out var shortCode))
        {
            await PostAsync("a short code", ct => PostOrder.PostAsync(shortCode, Basket.Lines, Basket.SettleThrough, ct));
            return;
        }
        // Sandbox mode: the wallet's gateway runs on plain http://localhost (docs/decisions.md "Issue 9: reading merchant QRs").
        var read = QrPayloadReader.Read(_qrText, Time.GetUtcNow(), allowPlainHttp: true);
        if (!read.IsSuccess)
        {
            _refusal = new(read.Error.Code, DomainErrorText.For(read.Error, L));
            return;
        }
        if (read.Value is not WalletSessionQr qr)
        {
            _refusal = new("NOT_A_WALLET_QR", L["This is a merchant's QR, not a shopper's wallet QR."]);
            return;
        }
        await PostAsync($"the QR of OCID {qr.Gateway}", ct => PostOrder.PostAsync(qr, Basket.Lines, Basket.SettleThrough, ct));
    }

    private async Task PostAsync(string wallet, Func<CancellationToken, Task<WalletOrderAnswer>> post)
    {
        _busy = true;
        try
        {
            var answer = await post(CancellationToken.None);
            _refusal = answer as WalletOrderAnswer.Refused;
            _accepted = answer as WalletOrderAnswer.Accepted;
            _orderId = _accepted?.OrderId;
        }
        catch (Exception ex)
        {
            // The till must always answer; the log keeps the cause.
            Logger.LogError(ex, "Demo Store could not post an order to wallet {Wallet}", wallet);
            _refusal = new("SANDBOX_ERROR", L["The Demo Store failed to send the order. See the server log."]);
        }
        finally
        {
            _busy = false;
        }
    }
}
