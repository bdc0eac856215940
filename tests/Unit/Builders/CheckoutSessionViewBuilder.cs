using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Sessions;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>A checkout session as the page reads it: an open 12.50 USD order with one item unless a test says otherwise.</summary>
public sealed class CheckoutSessionViewBuilder
{
    private Money _total = new(12_50, Currency.Of("USD"));
    private SessionStatus _status = SessionStatus.Open;
    private IReadOnlyList<OrderItem> _items = [new("item_001", "Test mug", 1, "12.50")];
    private string? _txid;
    private DateTimeOffset? _paidAt;
    private Ocid? _settlesThrough;
    private string? _settlementFailure;

    public static CheckoutSessionViewBuilder ASession() => new();

    public CheckoutSessionViewBuilder Totalling(long minor, string currency)
    {
        _total = new Money(minor, Currency.Of(currency));
        return this;
    }

    public CheckoutSessionViewBuilder WithItems(params OrderItem[] items)
    {
        _items = items;
        return this;
    }

    public CheckoutSessionViewBuilder PaidWith(string txid, DateTimeOffset paidAt)
    {
        _status = SessionStatus.Paid;
        _txid = txid;
        _paidAt = paidAt;
        return this;
    }

    /// <summary>Paid, and settling over a remote path whose last hop is <paramref name="settler"/>.</summary>
    public CheckoutSessionViewBuilder Processing(long settler)
    {
        _status = SessionStatus.Processing;
        _settlesThrough = new Ocid(settler);
        return this;
    }

    /// <summary>Open again after a remote settlement was reversed for <paramref name="reason"/>.</summary>
    public CheckoutSessionViewBuilder ReversedBecause(string reason)
    {
        _status = SessionStatus.Open;
        _settlementFailure = reason;
        return this;
    }

    public CheckoutSessionView Build() => new(
        SessionId.New(),
        new Ocid(9101),
        "ord_123",
        _total,
        _status,
        DateTimeOffset.UtcNow.AddMinutes(30),
        new Uri("https://shop.example/success"),
        new Uri("https://shop.example/cancel"))
    {
        Items = _items,
        Memo = "Thanks for shopping",
        Reference = "INV-7",
        ProofTxid = _txid,
        PaidAt = _paidAt,
        SettlesThrough = _settlesThrough,
        SettlementFailure = _settlementFailure,
    };
}
