using SkiaSharp;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Qr;

/// <summary>
/// A phone photo of a QR code, made with SkiaSharp: the rendered code scaled, turned, blurred and placed on a larger
/// table-coloured background, with per-pixel sensor noise, then encoded as a camera would.
/// </summary>
internal sealed record PhotoOfCode(int Width = 1600, int Height = 1200)
{
    public float Degrees { get; init; }

    public float Scale { get; init; } = 1;

    public float Blur { get; init; }

    /// <summary>Each channel of each pixel moves by up to this much, up or down.</summary>
    public int Noise { get; init; }

    public SKEncodedImageFormat Format { get; init; } = SKEncodedImageFormat.Jpeg;

    public int Quality { get; init; } = 80;

    public byte[] Of(byte[] codePng, int seed = 1)
    {
        using var code = SKBitmap.Decode(codePng);
        using var photo = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(photo))
        {
            using var table = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(Width, Height), [new SKColor(96, 84, 70), new SKColor(210, 200, 182)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, Width, Height, table);
            canvas.Translate(Width * 0.45f, Height * 0.55f);
            canvas.RotateDegrees(Degrees);
            canvas.Scale(Scale);
            using var blur = new SKPaint { ImageFilter = Blur > 0 ? SKImageFilter.CreateBlur(Blur, Blur) : null };
            using var image = SKImage.FromBitmap(code);
            canvas.DrawImage(image, -code.Width / 2f, -code.Height / 2f, new SKSamplingOptions(SKFilterMode.Linear), blur);
        }
        AddNoise(photo, new Random(seed));
        using var encoded = photo.Encode(Format, Quality);
        return encoded.ToArray();
    }

    private void AddNoise(SKBitmap photo, Random random)
    {
        if (Noise == 0)
        {
            return;
        }
        var pixels = photo.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i++)
        {
            if (i % 4 != 3)
            {
                pixels[i] = (byte)Math.Clamp(pixels[i] + random.Next(-Noise, Noise + 1), 0, 255);
            }
        }
    }
}
