using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Orders;

namespace OpenCharge.Checkout.UnitTests.Builders;

/// <summary>A verified merchant order: 12.50 USD from merchant 9001 for <c>ord_1</c>, no expiry, accepting OCID 200.</summary>
internal sealed class SignedOrderBuilder
{
    public static readonly DateTimeOffset DefaultCreatedAt = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private string _id = "ord_1";
    private long _merchant = 9001;
    private string _amount = "12.50";
    private Currency _currency = Currency.Of("USD");
    private DateTimeOffset? _expiresAt;
    private IReadOnlyList<Ocid> _accepts = [new(200)];

    public SignedOrderBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public SignedOrderBuilder ForMerchant(long merchant)
    {
        _merchant = merchant;
        return this;
    }

    public SignedOrderBuilder Paying(string amount, string currency)
    {
        _amount = amount;
        _currency = Currency.Of(currency);
        return this;
    }

    public SignedOrderBuilder ExpiringAt(DateTimeOffset expiresAt)
    {
        _expiresAt = expiresAt;
        return this;
    }

    public SignedOrderBuilder Accepting(params long[] ocids)
    {
        _accepts = [.. ocids.Select(ocid => new Ocid(ocid))];
        return this;
    }

    public SignedOrder Build()
    {
        if (!Money.TryParse(_amount, _currency, out var total))
        {
            throw new InvalidOperationException($"'{_amount}' is not a valid {_currency} amount.");
        }
        var json = $$"""{"id":"{{_id}}","merchantOcid":{{_merchant}},"amount":"{{_amount}}","currency":"{{_currency}}"}""";
        return new SignedOrder(_id, new Ocid(_merchant), _amount, total, DefaultCreatedAt, _expiresAt, _accepts, json, "sig_" + _id);
    }
}
