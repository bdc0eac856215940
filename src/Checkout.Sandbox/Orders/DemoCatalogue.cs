namespace OpenCharge.Checkout.Sandbox.Orders;

/// <summary>The Demo Store's fixed shelf.</summary>
public static class DemoCatalogue
{
    public static IReadOnlyList<DemoProduct> Products { get; } =
    [
        new("mug", "Opencharge mug", "A 350 ml ceramic mug with the Opencharge logo.", "12.50", "USD"),
        new("tee", "Protocol T-shirt", "Organic cotton, printed with the canonical request string.", "24.00", "USD"),
        new("stickers", "Sticker pack", "Five vinyl stickers, one per settlement path.", "3.75", "USD"),
    ];

    public static DemoProduct? Find(string? id) => Products.FirstOrDefault(p => p.Id == id);
}
