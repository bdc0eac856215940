using System.Globalization;

using Microsoft.AspNetCore.Components;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Wallet;

namespace OpenCharge.Checkout.Web.Components.Pages.Wallet;

public sealed partial class WalletActivityList
{
    [Parameter, EditorRequired]
    public IReadOnlyList<WalletMovement> Movements { get; set; } = [];

    /// <summary>Merchant and sender names by OCID; an OCID missing here is shown as a number.</summary>
    [Parameter]
    public IReadOnlyDictionary<Ocid, string> Names { get; set; } = new Dictionary<Ocid, string>();

    /// <summary>The list's accessible name.</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    internal static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>"+12.50 USD" or "−12.50 USD", with a true minus sign, which screen readers say as "minus".</summary>
    internal static string SignedAmount(Money amount) =>
        (amount.IsPositive ? "+" : "\u2212") + (amount.IsPositive ? amount : amount.Negate()).ToWireString() + " " + amount.Currency.Code;

    private string NameOf(Ocid? ocid) =>
        ocid is not { } known ? L["an unknown sender"] : Names.TryGetValue(known, out var name) ? name : L["OCID {0}", known];

    private string TitleOf(WalletMovement movement) => movement.Kind switch
    {
        WalletMovementKind.Payment => L["Payment to {0}", NameOf(movement.Counterparty)],
        WalletMovementKind.Refund => L["Refund of a payment to {0}", NameOf(movement.Counterparty)],
        WalletMovementKind.TransferReceived => L["Received from {0}", NameOf(movement.Counterparty)],
        _ => L["Test funds added"],
    };

    private string DetailOf(WalletMovement movement)
    {
        var parts = new List<string> { When(movement.At) };
        if (movement.OrderId is { } order)
        {
            parts.Add(L["Order {0}", order]);
        }
        if (movement.SenderReference is { } reference)
        {
            parts.Add(L["Reference {0}", reference]);
        }
        if (movement.Status is { } status)
        {
            parts.Add(PaymentStatusText.For(L, status));
        }
        return string.Join(" · ", parts);
    }
}
