using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Transfers;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;

namespace OpenCharge.Checkout.Web.Api.Transfers;

/// <summary>
/// <c>TransferCreateRequest</c> (endpoints.md A5, objects.md §6) read from the signed bytes. Lenient where the gaps say
/// so: <c>from.ocid</c> may be absent (G14), <c>to</c> may be a bare OCID (G13), <c>order.urls</c> is not read (G12).
/// <c>to.reference</c>, else <c>order.id</c>, is required: it names the credited account or order and keys idempotency.
/// </summary>
internal static class TransferCreateRequest
{
    private const int MaxMemoLength = 500;

    public static TransferInstruction? Read(JsonElement root, Ocid caller, JsonFields fields)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("body", "must be a JSON object.");
            return null;
        }
        var (fromOcid, fromReference) = ReadFrom(fields.Find(root, "from"), fields);
        var to = fields.Find(root, "to");
        var toOcid = to is { ValueKind: JsonValueKind.Number } bare ? Positive(bare.TryGetInt64(out var n) ? n : null, "to", fields) : null;
        string? toReference = null;
        if (to is { ValueKind: JsonValueKind.Object } toObject)
        {
            toOcid = Positive(fields.For("to.").Integer(toObject, required: true, "ocid"), "to.ocid", fields);
            toReference = fields.For("to.").OptionalString(toObject, Transfer.MaxReferenceLength, "reference");
        }
        else if (toOcid is null)
        {
            fields.Problem("to", "must be {\"ocid\": <integer>, \"reference\": \"…\"}.");
        }
        toReference ??= fields.Find(root, "order") is { ValueKind: JsonValueKind.Object } order
            ? fields.For("order.").OptionalString(order, Transfer.MaxReferenceLength, "id")
            : null;
        if (toReference is null && toOcid is not null)
        {
            fields.Problem("to.reference", "or order.id is required.");
        }
        var amount = fields.RequiredString(root, 40, "amount");
        var currencyCode = fields.RequiredString(root, Currency.MaxCodeLength, "currency");
        var memo = fields.OptionalString(root, MaxMemoLength, "memo");
        var money = ReadMoney(amount, currencyCode, fields);
        if (fields.HasProblems || money is null)
        {
            return null;
        }
        return new TransferInstruction(caller, fromOcid, fromReference, toOcid!.Value, toReference!, amount!, money.Value, memo);
    }

    private static (Ocid? Ocid, string? Reference) ReadFrom(JsonElement? from, JsonFields fields)
    {
        if (from is not { ValueKind: JsonValueKind.Object } fromObject)
        {
            fields.Problem("from", "must be {\"ocid\": <integer>, \"reference\": \"…\"}.");
            return (null, null);
        }
        var ocid = Positive(fields.For("from.").Integer(fromObject, required: false, "ocid"), "from.ocid", fields);
        return (ocid, fields.For("from.").OptionalString(fromObject, Transfer.MaxReferenceLength, "reference"));
    }

    private static Ocid? Positive(long? value, string field, JsonFields fields)
    {
        if (value is null)
        {
            return null;
        }
        if (value <= 0)
        {
            fields.Problem(field, "must be a positive OCID.");
            return null;
        }
        return new Ocid(value.Value);
    }

    private static Money? ReadMoney(string? amount, string? code, JsonFields fields)
    {
        if (amount is null || code is null)
        {
            return null;
        }
        if (!Currency.TryParse(code, out var currency))
        {
            fields.Problem("currency", "must be 2–10 of A–Z and 0–9.");
            return null;
        }
        if (!Money.TryParse(amount, currency, out var money) || !money.IsPositive)
        {
            fields.Problem("amount", $"must be a positive decimal string with at most {currency.Exponent} decimals.");
            return null;
        }
        return money;
    }
}
