using System.Globalization;

using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Qr;

/// <summary>Why the text of a scanned code is not a payment code we can follow; each message is meant for the shopper's screen.</summary>
public static class QrErrors
{
    public static DomainError Empty() => new("qr.empty", "The code is empty.");

    public static DomainError TooLong(int maxLength) =>
        new("qr.too_long", $"The code holds more than {maxLength} characters; an Opencharge payment code is much shorter.");

    public static DomainError UnsupportedForm() =>
        new("qr.unsupported_form", "This is an 'opencharge:' link; only Opencharge payment codes in JSON form can be paid here.");

    public static DomainError NotJson() =>
        new("qr.not_json", "This is not an Opencharge payment code: its text is not a JSON object (or names a field twice).");

    public static DomainError PublisherMissing() =>
        new("qr.publisher_invalid", "The code does not say who published it: its 'ocid' is missing.");

    public static DomainError PublisherInvalid() =>
        new("qr.publisher_invalid", "The code's 'ocid' must be a positive whole number.");

    public static DomainError LinkMissing() =>
        new("qr.link_missing", "The code has neither an 'order' nor an 'inventory' link.");

    public static DomainError LinkAmbiguous() =>
        new("qr.link_ambiguous", "The code has both an 'order' and an 'inventory' link, so it is unclear what to do with it.");

    public static DomainError LinkInvalid(string member) =>
        new("qr.link_invalid", $"The code's '{member}' link is not a full web address (https://…).");

    public static DomainError LinkInsecure(string member) =>
        new("qr.link_insecure", $"The code's '{member}' link must use https.");

    public static DomainError SessionInvalid() =>
        new("qr.session_invalid", "The wallet code's session id is not valid.");

    public static DomainError ExpiryInvalid() =>
        new("qr.expiry_invalid", "The code's 'expiresAt' must be a whole number of Unix seconds, or null for a code that never expires.");

    public static DomainError Expired(DateTimeOffset expiredAt) =>
        new("qr.expired", string.Create(CultureInfo.InvariantCulture, $"This code expired at {expiredAt:yyyy-MM-dd HH:mm:ss} UTC; ask for a new one."));

    public static DomainError ImageEmpty() => new("qr.image_empty", "The picture is empty.");

    public static DomainError ImageTooLarge(long maxBytes) =>
        new("qr.image_too_large", $"The picture is larger than {maxBytes / (1024 * 1024)} MB; send a smaller one.");

    public static DomainError ImageUnreadable() =>
        new("qr.image_unreadable", "The picture could not be read; send a PNG, JPEG or WebP photo.");

    public static DomainError ImageFormat(string format) =>
        new("qr.image_format", $"{format} pictures are not accepted; send a PNG, JPEG or WebP photo.");

    public static DomainError ImageTooManyPixels(long maxPixels) =>
        new("qr.image_too_many_pixels", $"The picture has more than {maxPixels / 1_000_000} megapixels; send a smaller one.");

    public static DomainError NoCodeFound() =>
        new("qr.no_code_found", "No QR code was found in the picture. Hold the code flat, in good light, and fill most of the frame.");
}
