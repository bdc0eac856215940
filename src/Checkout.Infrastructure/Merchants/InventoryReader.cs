using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

/// <summary>
/// Reads a merchant's <c>GET /inventory</c> answer (objects.md §11): <c>ocid</c>, a default <c>currency</c> and
/// <c>items</c>, each with a unit <c>price</c> string, an optional <c>currency</c> of its own, <c>quantity</c> (stock),
/// <c>min_qty</c> (default 1) and <c>max_qty</c>; gaps.md G10: camelCase spellings are read too. Every item must be
/// readable, or the inventory is refused whole: a shopper must never see a price we could not understand.
/// </summary>
internal static class InventoryReader
{
    public const int MaxItems = 500;

    private const int MaxTextLength = 500;
    private const int MaxImages = 10;

    public static MerchantInventory? Read(JsonElement inventory, JsonFields fields)
    {
        var ocid = fields.Integer(inventory, required: true, "ocid");
        var defaultCurrency = fields.OptionalString(inventory, Currency.MaxCodeLength, "currency");
        if (ocid is <= 0)
        {
            fields.Problem("ocid", "must be a positive OCID.");
        }
        if (fields.Find(inventory, "items") is not { ValueKind: JsonValueKind.Array } items || items.GetArrayLength() > MaxItems)
        {
            fields.Problem("items", $"must be an array of at most {MaxItems} items.");
            return null;
        }
        var result = new List<InventoryItem>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (Item(item, defaultCurrency, fields.For($"items[{index++}].")) is { } read)
            {
                result.Add(read);
            }
        }
        if (result.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            fields.Problem("items", $"lists the id '{twice.Key}' more than once.");
        }
        return fields.HasProblems ? null : new MerchantInventory(new Ocid(ocid!.Value), result);
    }

    private static InventoryItem? Item(JsonElement item, string? defaultCurrency, JsonFields fields)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("", "must be an object.");
            return null;
        }
        var id = fields.RequiredString(item, InventoryItem.MaxIdLength, "id");
        var name = fields.RequiredString(item, MaxTextLength, "name");
        var price = fields.RequiredString(item, 32, "price");
        var description = fields.OptionalString(item, MaxTextLength, "description");
        var currencyCode = fields.OptionalString(item, Currency.MaxCodeLength, "currency") ?? defaultCurrency;
        var stock = Count(item, fields, 0, "quantity");
        var min = Count(item, fields, 1, "min_qty", "minQty");
        var max = Count(item, fields, min ?? 1, "max_qty", "maxQty");

        var unitPrice = default(Money);
        if (!Currency.TryParse(currencyCode, out var currency))
        {
            fields.Problem("currency", "must be a currency code, here or as the inventory's default.");
        }
        else if (price is not null && (!Money.TryParse(price, currency, out unitPrice) || !unitPrice.IsPositive))
        {
            fields.Problem("price", $"must be a positive decimal string with at most {currency.Exponent} decimals for {currency.Code}.");
        }
        if (id is null || name is null || price is null || fields.HasProblems)
        {
            return null;
        }
        return new InventoryItem(id, name, price, unitPrice)
        {
            Description = description,
            Stock = stock,
            MinQuantity = min ?? 1,
            MaxQuantity = max,
            Images = Images(item, fields),
        };
    }

    /// <summary>A whole number no smaller than <paramref name="least"/>, or absent.</summary>
    private static int? Count(JsonElement item, JsonFields fields, int least, params string[] names)
    {
        var value = fields.Integer(item, required: false, names);
        if (value is null)
        {
            return null;
        }
        if (value < least || value > int.MaxValue)
        {
            fields.Problem(names[0], $"must be a whole number of at least {least}.");
            return null;
        }
        return (int)value;
    }

    /// <summary>Pictures are a nicety: only absolute https links are kept, the rest ignored.</summary>
    private static IReadOnlyList<Uri> Images(JsonElement item, JsonFields fields) =>
        fields.Find(item, "images") is { ValueKind: JsonValueKind.Array } images
            ? [.. images.EnumerateArray()
                .Select(JsonFields.Text)
                .Select(text => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri : null)
                .OfType<Uri>()
                .Take(MaxImages)]
            : [];
}
