using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;

namespace OpenCharge.Checkout.UnitTests.Domain.Inventory;

/// <summary>
/// <see cref="MerchantInventory.Pick"/> on seeded random shops and picks, against a plain oracle: a pick succeeds
/// exactly when every non-zero line is a known item, once, within min, max and stock, in one currency; then its total
/// is the sum of price × quantity.
/// </summary>
public sealed class MerchantInventoryPropertiesTests
{
    private static readonly Currency[] Currencies = [Currency.Of("USD"), Currency.Of("UGX")];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pick_RandomShopAndPick_AgreesWithTheOracle(int seed)
    {
        var random = new Random(seed);
        var shop = RandomShop(random);
        var picks = Enumerable.Range(0, random.Next(0, 5))
            .Select(_ => new InventoryPick(random.Next(8) == 0 ? "ghost" : shop.Items[random.Next(shop.Items.Count)].Id, random.Next(-1, 7)))
            .ToList();

        var result = shop.Pick(picks);

        var expected = Oracle(shop, picks);
        Assert.Equal(expected is not null, result.IsSuccess);
        if (expected is not null)
        {
            Assert.Equal(expected, result.Value!.Total);
        }
    }

    private static Money? Oracle(MerchantInventory shop, List<InventoryPick> picks)
    {
        var lines = picks.Where(p => p.Quantity != 0).ToList();
        if (lines.Count == 0 || lines.Select(l => l.ItemId).Distinct().Count() != lines.Count)
        {
            return null;
        }
        var items = lines.Select(l => shop.Items.FirstOrDefault(i => i.Id == l.ItemId)).ToList();
        if (items.Any(i => i is null) || items.Select(i => i!.UnitPrice.Currency).Distinct().Count() > 1)
        {
            return null;
        }
        for (var n = 0; n < lines.Count; n++)
        {
            var (item, quantity) = (items[n]!, lines[n].Quantity);
            if (quantity < item.MinQuantity || quantity > (item.MaxQuantity ?? int.MaxValue) || quantity > (item.Stock ?? int.MaxValue))
            {
                return null;
            }
        }
        return new Money(lines.Select((l, n) => items[n]!.UnitPrice.Minor * l.Quantity).Sum(), items[0]!.UnitPrice.Currency);
    }

    private static MerchantInventory RandomShop(Random random)
    {
        var items = Enumerable.Range(0, random.Next(1, 6)).Select(n =>
        {
            var currency = Currencies[random.Next(random.Next(4) == 0 ? 2 : 1)];
            var minor = random.Next(1, 100_000);
            var min = random.Next(1, 4);
            return new InventoryItem($"i{n}", $"Item {n}", new Money(minor, currency).ToWireString(), new Money(minor, currency))
            {
                MinQuantity = min,
                MaxQuantity = random.Next(3) == 0 ? null : random.Next(min - 1, 7),
                Stock = random.Next(3) == 0 ? null : random.Next(0, 7),
            };
        });
        return new MerchantInventory(new Ocid(500), [.. items]);
    }
}
