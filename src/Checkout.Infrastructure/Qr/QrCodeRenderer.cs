using QRCoder;

namespace OpenCharge.Checkout.Infrastructure.Qr;

/// <summary>
/// Renders the QR codes the wallet and the sandbox point of sale show (objects.md §4). Medium error correction keeps a
/// code readable from a phone photo of a screen while the JSON payloads (about 120 characters) stay small enough to
/// scan at arm's length; the quiet zone is the four modules the standard asks for.
/// </summary>
public static class QrCodeRenderer
{
    private const int PixelsPerModule = 8;

    public static byte[] Png(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(PixelsPerModule);
    }

    /// <summary>An <c>img src</c> value, so a page shows the code without a separate image endpoint.</summary>
    public static string PngDataUri(string text) => "data:image/png;base64," + Convert.ToBase64String(Png(text));
}
