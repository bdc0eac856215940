using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Domain.Orders;

/// <summary>What <see cref="OpenScannedOrder"/> needs from the operator's configuration.</summary>
/// <param name="AllowPlainHttp">Sandbox mode: a code may link to plain http (the Demo Store runs on http://localhost).</param>
/// <param name="WalletReturn">
/// Where a scanned order sends the shopper when its merchant gave no <c>urls</c>: back into the wallet, which is where a
/// wallet payment ends anyway (docs/decisions.md "Issue 9: scanning merchant QRs").
/// </param>
public sealed record OpenScannedOrderSettings(bool AllowPlainHttp, RedirectUrls WalletReturn);
