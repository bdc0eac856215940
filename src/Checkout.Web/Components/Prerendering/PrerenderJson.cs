using System.Text.Json;

namespace OpenCharge.Checkout.Web.Components.Prerendering;

/// <summary>How prerendered state is written into the page: web defaults, plus the converters Domain values need.</summary>
internal static class PrerenderJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new CurrencyCodeConverter() },
    };
}
