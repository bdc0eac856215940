using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Protocol;
using OpenCharge.Checkout.Sandbox.Identities;

namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>The Demo Store as a merchant: builds an order (objects.md §1) and signs its canonical JSON (authentication.md §7).</summary>
internal sealed class DemoOrderSigner(SandboxIdentities identities, IOptions<SandboxOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public SignedDemoOrder Sign(IReadOnlyList<DemoOrderLine> lines, IReadOnlyList<long> accepts)
    {
        if (lines.Count == 0 || lines.Any(l => l.Quantity <= 0))
        {
            throw new ArgumentException("An order needs at least one line, each with a positive quantity.", nameof(lines));
        }
        if (accepts.Count == 0)
        {
            throw new ArgumentException("An order must accept proofs from at least one issuer.", nameof(accepts));
        }

        var currency = Currency.Of(lines[0].Product.Currency);
        var total = new Money(0, currency);
        var items = new JsonArray();
        foreach (var line in lines)
        {
            total = total.Add(LineTotal(line, currency));
            items.Add(new JsonObject
            {
                ["id"] = line.Product.Id,
                ["name"] = line.Product.Name,
                ["quantity"] = line.Quantity,
                ["price"] = line.Product.Price,
            });
        }

        var id = "ord_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var description = string.Join(", ", lines.Select(l => l.Quantity == 1 ? l.Product.Name : $"{l.Quantity} × {l.Product.Name}"));
        var now = time.GetUtcNow();
        var order = new JsonObject
        {
            ["id"] = id,
            ["ocid"] = identities.Merchant.Ocid.Value,
            ["reference"] = "DEMO-" + id[4..12].ToUpperInvariant(),
            ["amount"] = total.ToWireString(),
            ["currency"] = currency.Code,
            ["items"] = items,
            ["memo"] = $"{options.Value.MerchantName}: {description}",
            ["createdAt"] = now.ToUnixTimeSeconds(),
            ["expiresAt"] = (now + Lifetime).ToUnixTimeSeconds(),
            ["accepts"] = new JsonArray([.. accepts.Select(a => (JsonNode)a)]),
        };
        var canonical = CanonicalJson.Canonicalize(JsonSerializer.SerializeToElement(order, CanonicalJson.WireOptions));
        var signature = identities.Merchant.Sign(Encoding.UTF8.GetBytes(canonical));
        return new SignedDemoOrder(id, description, canonical, signature, total.ToWireString(), currency.Code);
    }

    private static Money LineTotal(DemoOrderLine line, Currency currency)
    {
        if (line.Product.Currency != currency.Code || !Money.TryParse(line.Product.Price, currency, out var price))
        {
            throw new ArgumentException($"Product {line.Product.Id} is not priced in {currency}.", nameof(line));
        }
        return price with { Minor = checked(price.Minor * line.Quantity) };
    }
}
