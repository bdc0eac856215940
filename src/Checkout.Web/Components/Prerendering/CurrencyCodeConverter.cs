using System.Text.Json;
using System.Text.Json.Serialization;

using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Web.Components.Prerendering;

/// <summary>A currency as its code: the minor-unit digits follow from the code (<see cref="Currency.TryParse"/>).</summary>
internal sealed class CurrencyCodeConverter : JsonConverter<Currency>
{
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Currency.TryParse(reader.GetString(), out var currency) ? currency : throw new JsonException("Not a currency code.");

    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
}
