using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.Infrastructure.Protocol.Orders;

/// <summary>Reads an Order object (objects.md §1) and reports every field that breaks the schema.</summary>
internal static class OrderReader
{
    private const int MaxTextLength = 500;
    private const int MaxItems = 200;

    public static SignedOrder? Read(JsonElement order, string signature, JsonFields fields)
    {
        if (order.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("", "must be an object.");
            return null;
        }
        var id = fields.RequiredString(order, SignedOrder.MaxIdLength, "id");
        var ocid = fields.Integer(order, required: true, "ocid");
        var amount = fields.RequiredString(order, 32, "amount");
        var currencyCode = fields.RequiredString(order, Currency.MaxCodeLength, "currency");
        var createdAt = fields.UnixSeconds(order, required: true, "createdAt", "created_at");
        var expiresAt = fields.UnixSeconds(order, required: false, "expiresAt", "expires_at");
        var reference = fields.OptionalString(order, MaxTextLength, "reference");
        var memo = fields.OptionalString(order, MaxTextLength, "memo");
        var accepts = Accepts(order, fields);
        var items = Items(order, fields.For("items"));

        if (ocid is <= 0)
        {
            fields.Problem("ocid", "must be a positive OCID.");
        }
        Currency currency = default;
        if (currencyCode is not null && !Currency.TryParse(currencyCode, out currency))
        {
            fields.Problem("currency", "must be 2–10 upper-case letters or digits.");
        }
        Money total = default;
        if (amount is not null && currency.Code is not null && (!Money.TryParse(amount, currency, out total) || !total.IsPositive))
        {
            fields.Problem("amount", $"must be a positive decimal string with at most {currency.Exponent} decimals for {currency.Code}.");
        }
        if (createdAt is { } created && created <= DateTimeOffset.UnixEpoch)
        {
            fields.Problem("createdAt", "must be Unix seconds.");
        }
        if (fields.HasProblems)
        {
            return null;
        }

        return new SignedOrder(
            id!,
            new Ocid(ocid!.Value),
            amount!,
            total,
            createdAt!.Value,
            expiresAt,
            accepts,
            order.GetRawText(),
            signature)
        {
            Reference = reference,
            Memo = memo,
            Items = items,
            CanonicalBytes = CanonicalJson.CanonicalBytes(order),
        };
    }

    /// <summary>gaps.md G15/G34: optional; integers, or legacy <c>{ "ocid": n }</c> objects.</summary>
    private static IReadOnlyList<Ocid>? Accepts(JsonElement order, JsonFields fields)
    {
        if (fields.Find(order, "accepts") is not { } accepts)
        {
            return null;
        }
        if (accepts.ValueKind != JsonValueKind.Array)
        {
            fields.Problem("accepts", "must be an array of OCIDs.");
            return null;
        }
        var result = new List<Ocid>();
        foreach (var item in accepts.EnumerateArray())
        {
            var number = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("ocid", out var inner) ? inner : item;
            if (number.ValueKind != JsonValueKind.Number || !number.TryGetInt64(out var value) || value <= 0)
            {
                fields.Problem("accepts", "must contain positive integer OCIDs.");
                return null;
            }
            result.Add(new Ocid(value));
        }
        return result;
    }

    private static IReadOnlyList<OrderItem> Items(JsonElement order, JsonFields fields)
    {
        if (order.TryGetProperty("items", out var items) is false || items.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() > MaxItems)
        {
            fields.Problem("", $"must be an array of at most {MaxItems} items.");
            return [];
        }
        var result = new List<OrderItem>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var itemFields = fields.For($"[{index++}].");
            if (item.ValueKind != JsonValueKind.Object)
            {
                itemFields.Problem("", "must be an object.");
                continue;
            }
            var id = itemFields.RequiredString(item, MaxTextLength, "id");
            var name = itemFields.RequiredString(item, MaxTextLength, "name");
            var price = itemFields.RequiredString(item, 32, "price");
            decimal quantity = 0;
            if (itemFields.Find(item, "quantity") is not { ValueKind: JsonValueKind.Number } q || !q.TryGetDecimal(out quantity) || quantity <= 0)
            {
                itemFields.Problem("quantity", "must be a positive number.");
            }
            if (price is not null && !decimal.TryParse(price, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                itemFields.Problem("price", "must be a decimal string.");
            }
            if (id is not null && name is not null && price is not null)
            {
                result.Add(new OrderItem(id, name, quantity, price));
            }
        }
        return result;
    }
}
