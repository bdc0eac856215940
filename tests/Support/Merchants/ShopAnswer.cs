namespace OpenCharge.Checkout.TestSupport.Merchants;

/// <summary>How a <see cref="MerchantShop"/> answers <c>GET /orders/{id}</c>, <c>GET /inventory</c> and <c>POST /orders/create</c>.</summary>
public enum ShopAnswer
{
    /// <summary>As a correct merchant would.</summary>
    Honest,

    /// <summary>The signed order's amount is changed after signing (a man in the middle, or a buggy cache).</summary>
    Tampered,

    /// <summary>The order is signed with a key that is not the merchant's published one.</summary>
    SignedByAnotherKey,

    /// <summary>A created order costs 1.00 more than what was picked, correctly signed: a dishonest merchant.</summary>
    Overcharged,

    /// <summary>200 with a body that is not the expected JSON.</summary>
    Malformed,

    /// <summary>503, as a merchant whose backend is down.</summary>
    Unavailable,
}
