using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Infrastructure.Qr;

using SkiaSharp;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Qr;

public sealed class QrImageDecoderTests
{
    private static readonly string WalletCode = QrPayloadWriter.Write(WalletSessionQr.For(
        new Ocid(200), "https://checkout.example.com/opencharge", "9f86d081884c7d659a2feaa0c55ad015", DateTimeOffset.FromUnixTimeSeconds(1706400000)));

    private static readonly string InventoryCode = QrPayloadWriter.Write(new InventoryQr(new Ocid(9001), new Uri("http://localhost:5080/sandbox/store/opencharge/inventory"), null));

    [Fact]
    public void Decode_WalletCodeAsRendered_ReturnsExactlyItsJson()
    {
        var result = QrImageDecoder.Decode(QrCodeRenderer.Png(WalletCode));

        Assert.Equal("""{"ocid":200,"order":"https://checkout.example.com/opencharge/orders/create/9f86d081884c7d659a2feaa0c55ad015","expiresAt":1706400000}""", result.Value);
    }

    [Fact]
    public void Decode_InventoryCodeAsRendered_ReturnsExactlyItsJson()
    {
        var result = QrImageDecoder.Decode(QrCodeRenderer.Png(InventoryCode));

        Assert.Equal(InventoryCode, result.Value);
    }

    public static TheoryData<float, float, SKEncodedImageFormat> Photos() => new()
    {
        { 15, 0.6f, SKEncodedImageFormat.Jpeg },
        { 90, 0.6f, SKEncodedImageFormat.Jpeg },
        { -15, 0.45f, SKEncodedImageFormat.Webp },
        { 200, 0.8f, SKEncodedImageFormat.Png },
    };

    [Theory]
    [MemberData(nameof(Photos))]
    public void Decode_PhotoOfTheWalletCode_ReturnsExactlyItsJson(float degrees, float scale, SKEncodedImageFormat format)
    {
        var photo = new PhotoOfCode { Degrees = degrees, Scale = scale, Blur = 1.2f, Noise = 30, Format = format }.Of(QrCodeRenderer.Png(WalletCode));

        var result = QrImageDecoder.Decode(photo);

        Assert.Equal(WalletCode, result.Value);
    }

    [Fact]
    public void Decode_LargeCameraPhoto_DecodesAtReducedScale()
    {
        var photo = new PhotoOfCode(4000, 3000) { Degrees = 15, Scale = 1.2f, Blur = 2, Noise = 20 }.Of(QrCodeRenderer.Png(WalletCode));

        var result = QrImageDecoder.Decode(photo);

        Assert.Equal(WalletCode, result.Value);
    }

    [Fact]
    public void Decode_PhotoWithoutACode_FailsAsNoCodeFound()
    {
        using var blank = new SKBitmap(800, 600);
        blank.Erase(SKColors.Beige);

        var result = QrImageDecoder.Decode(Encode(blank, SKEncodedImageFormat.Jpeg));

        Assert.Equal("qr.no_code_found", result.Error?.Code);
    }

    [Fact]
    public void Decode_Empty_FailsAsEmpty()
    {
        var result = QrImageDecoder.Decode([]);

        Assert.Equal("qr.image_empty", result.Error?.Code);
    }

    [Fact]
    public void Decode_MoreBytesThanTheLimit_FailsBeforeReadingThem()
    {
        var result = QrImageDecoder.Decode(new byte[QrImageDecoder.MaxBytes + 1]);

        Assert.Equal("qr.image_too_large", result.Error?.Code);
    }

    [Fact]
    public void Decode_NotAPicture_FailsAsUnreadable()
    {
        var result = QrImageDecoder.Decode("{\"ocid\":500}"u8.ToArray());

        Assert.Equal("qr.image_unreadable", result.Error?.Code);
    }

    [Fact]
    public void Decode_Gif_FailsAsFormatNotAccepted()
    {
        var gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

        var result = QrImageDecoder.Decode(gif);

        Assert.Equal("qr.image_format", result.Error?.Code);
    }

    [Fact]
    public void Decode_SideLongerThanTheLimit_FailsBeforeDecodingPixels()
    {
        using var strip = new SKBitmap(QrImageDecoder.MaxSide + 1, 1);
        strip.Erase(SKColors.White);

        var result = QrImageDecoder.Decode(Encode(strip, SKEncodedImageFormat.Png));

        Assert.Equal("qr.image_too_many_pixels", result.Error?.Code);
    }

    [Fact]
    public void Decode_PngAboveWhatWeDecodeWhole_FailsAsTooManyPixels()
    {
        using var screenshot = new SKBitmap(new SKImageInfo(5000, 4000, SKColorType.Gray8, SKAlphaType.Opaque));
        screenshot.Erase(SKColors.White);

        var result = QrImageDecoder.Decode(Encode(screenshot, SKEncodedImageFormat.Png));

        Assert.Equal("qr.image_too_many_pixels", result.Error?.Code);
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
