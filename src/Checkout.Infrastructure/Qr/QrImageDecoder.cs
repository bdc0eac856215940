using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Qr;

using SkiaSharp;

using ZXing;
using ZXing.Common;

namespace OpenCharge.Checkout.Infrastructure.Qr;

/// <summary>
/// Finds the QR code in an uploaded picture or camera frame and returns its text (issue 9, build point 6): SkiaSharp
/// reads the picture, ZXing.Net finds and decodes the code. Input is bounded before any pixel is decoded: at most
/// <see cref="MaxBytes"/>, PNG, JPEG or WebP only, at most <see cref="MaxPixels"/> and <see cref="MaxSide"/> per side.
/// Large photos are decoded at a reduced scale (a code that fills a tenth of the frame still has ample pixels per module).
/// </summary>
internal static class QrImageDecoder
{
    /// <summary>A phone photo is 2–6 MB; what a page may upload (<c>IBrowserFile.OpenReadStream</c>) is this too.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Above a 48-megapixel phone sensor; the header is read before any pixel is decoded.</summary>
    public const long MaxPixels = 50_000_000;

    public const int MaxSide = 12_000;

    /// <summary>
    /// What we hold in memory at once (64 MB of RGBA). JPEG and WebP decode at a reduced scale, so any photo within
    /// <see cref="MaxPixels"/> fits; PNG cannot, so a PNG above this is refused (screenshots are far smaller).
    /// </summary>
    public const long MaxDecodedPixels = 16_000_000;

    /// <summary>The longest side we decode at: ZXing reads a code of 25–177 modules comfortably at this size, and the work stays bounded.</summary>
    private const int DecodeSide = 1600;

    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Png, SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Webp];

    public static Result<string> Decode(byte[] image)
    {
        if (image.Length == 0)
        {
            return QrErrors.ImageEmpty();
        }
        if (image.Length > MaxBytes)
        {
            return QrErrors.ImageTooLarge(MaxBytes);
        }
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return QrErrors.ImageUnreadable();
        }
        if (!Accepted.Contains(codec.EncodedFormat))
        {
            return QrErrors.ImageFormat(codec.EncodedFormat.ToString().ToUpperInvariant());
        }
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            return QrErrors.ImageTooManyPixels(MaxPixels);
        }
        var scale = Math.Min(1f, DecodeSide / (float)Math.Max(width, height));
        var decodedSize = codec.GetScaledDimensions(scale);
        if ((long)decodedSize.Width * decodedSize.Height > MaxDecodedPixels)
        {
            return QrErrors.ImageTooManyPixels(MaxDecodedPixels);
        }
        using var bitmap = OnWhite(codec, decodedSize, scale);
        if (bitmap is null)
        {
            return QrErrors.ImageUnreadable();
        }
        return ReadAtTwoSizes(bitmap) is { } text ? text : QrErrors.NoCodeFound();
    }

    /// <summary>
    /// The picture at most <see cref="DecodeSide"/> on its longest side, drawn over white: a transparent pixel would
    /// otherwise read as black. JPEG and WebP scale while decoding; PNG is decoded whole, then scaled.
    /// </summary>
    private static SKBitmap? OnWhite(SKCodec codec, SKSizeI decodedSize, float scale)
    {
        using var decoded = new SKBitmap(new SKImageInfo(decodedSize.Width, decodedSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var outcome = codec.GetPixels(decoded.Info, decoded.GetPixels());
        return outcome is SKCodecResult.Success or SKCodecResult.IncompleteInput
            ? Resized(decoded, (int)Math.Round(codec.Info.Width * scale), (int)Math.Round(codec.Info.Height * scale))
            : null;
    }

    private static SKBitmap Resized(SKBitmap source, int width, int height)
    {
        var target = new SKBitmap(new SKImageInfo(Math.Max(1, width), Math.Max(1, height), SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, new SKRect(0, 0, target.Width, target.Height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return target;
    }

    /// <summary>
    /// A noisy photo often fails at full size and reads at half: averaging four pixels into one halves the sensor
    /// noise the binarizer sees. So a miss is tried once more at half size, while the code can still be large enough.
    /// </summary>
    private static string? ReadAtTwoSizes(SKBitmap bitmap)
    {
        if (Read(bitmap) is { } text)
        {
            return text;
        }
        if (Math.Max(bitmap.Width, bitmap.Height) < DecodeSide / 4)
        {
            return null;
        }
        using var half = Resized(bitmap, bitmap.Width / 2, bitmap.Height / 2);
        return Read(half);
    }

    private static string? Read(SKBitmap bitmap)
    {
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions
            {
                PossibleFormats = [BarcodeFormat.QR_CODE],
                TryHarder = true,
                TryInverted = true,
                CharacterSet = "UTF-8",
            },
        };
        return reader.Decode(bitmap.Bytes, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGBA32)?.Text;
    }
}
