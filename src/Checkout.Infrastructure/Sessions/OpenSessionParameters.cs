using Npgsql;

using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Persistence.Conversions;
using OpenCharge.Checkout.Infrastructure.Protocol.Authentication;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>
/// The parameters of <see cref="OpenSessionStatement"/>, typed, in the statement's order ($1 to $23 the session, $24 to
/// $26 the nonce), attached to one command once and given new values for each session it writes.
/// </summary>
internal sealed class OpenSessionParameters
{
    private readonly NpgsqlParameter<Guid> _id = new();
    private readonly NpgsqlParameter<long> _merchantGateway = new();
    private readonly NpgsqlParameter<long> _merchant = new();
    private readonly NpgsqlParameter<string> _channel = new();
    private readonly NpgsqlParameter<string?> _shopperUserId = new();
    private readonly NpgsqlParameter<string> _orderId = new();
    private readonly NpgsqlParameter<string> _orderJson = new();
    private readonly NpgsqlParameter<string> _orderSignature = new();
    private readonly NpgsqlParameter<string> _contentFingerprint = new();
    private readonly NpgsqlParameter<string> _amount = new();
    private readonly NpgsqlParameter<long> _amountMinor = new();
    private readonly NpgsqlParameter<string> _currency = new();
    private readonly NpgsqlParameter<string> _successUrl = new();
    private readonly NpgsqlParameter<string> _cancelUrl = new();
    private readonly NpgsqlParameter<string[]> _orderUrls = new();
    private readonly NpgsqlParameter<string> _creditedAccount = new();
    private readonly NpgsqlParameter<long> _proofRecipient = new();
    private readonly NpgsqlParameter<string> _proofAddressing = new();
    private readonly NpgsqlParameter<string> _settlementPath = new();
    private readonly NpgsqlParameter<long[]> _settlementHops = new();
    private readonly NpgsqlParameter<string> _status = new();
    private readonly NpgsqlParameter<DateTimeOffset> _createdAt = new();
    private readonly NpgsqlParameter<DateTimeOffset> _expiresAt = new();
    private readonly NpgsqlParameter<long> _nonceOcid = new();
    private readonly NpgsqlParameter<string> _nonce = new();
    private readonly NpgsqlParameter<DateTimeOffset> _nonceSeenAt = new();

    public OpenSessionParameters(NpgsqlCommand command, bool withNonce)
    {
        command.Parameters.AddRange(new NpgsqlParameter[]
        {
            _id, _merchantGateway, _merchant, _channel, _shopperUserId, _orderId, _orderJson, _orderSignature, _contentFingerprint,
            _amount, _amountMinor, _currency, _successUrl, _cancelUrl, _orderUrls, _creditedAccount, _proofRecipient,
            _proofAddressing, _settlementPath, _settlementHops, _status, _createdAt, _expiresAt,
        });
        if (withNonce)
        {
            command.Parameters.AddRange(new NpgsqlParameter[] { _nonceOcid, _nonce, _nonceSeenAt });
        }
        // A null shopper is SQL NULL; the type is given so that Npgsql need not infer it from a null value.
        _shopperUserId.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text;
    }

    public void Set(CheckoutSession session, PendingNonce? nonce)
    {
        var route = session.Route;
        _id.TypedValue = session.Id.Value;
        _merchantGateway.TypedValue = session.MerchantGatewayOcid.Value;
        _merchant.TypedValue = session.MerchantOcid.Value;
        _channel.TypedValue = Name(session.Channel);
        _shopperUserId.TypedValue = session.ShopperUserId;
        _orderId.TypedValue = session.OrderId;
        _orderJson.TypedValue = session.OrderJson;
        _orderSignature.TypedValue = session.OrderSignature;
        _contentFingerprint.TypedValue = session.ContentFingerprint;
        _amount.TypedValue = session.Amount;
        _amountMinor.TypedValue = session.Total.Minor;
        _currency.TypedValue = session.Total.Currency.Code;
        _successUrl.TypedValue = session.Urls.Success.ToString();
        _cancelUrl.TypedValue = session.Urls.Cancel.ToString();
        _orderUrls.TypedValue = [.. session.Urls.Order.Select(u => u.ToString())];
        _creditedAccount.TypedValue = (string?)DomainConverters.AccountOwner.ConvertToProvider(route.CreditedAccount);
        _proofRecipient.TypedValue = route.ProofRecipient.Value;
        _proofAddressing.TypedValue = Name(route.Addressing);
        _settlementPath.TypedValue = Name(route.Path.Kind);
        _settlementHops.TypedValue = [.. route.Path.Hops.Select(o => o.Value)];
        _status.TypedValue = Name(session.Status);
        _createdAt.TypedValue = session.CreatedAt;
        _expiresAt.TypedValue = session.ExpiresAt;
        if (nonce is not null)
        {
            _nonceOcid.TypedValue = nonce.Ocid.Value;
            _nonce.TypedValue = nonce.Nonce;
            _nonceSeenAt.TypedValue = nonce.SeenAt;
        }
    }

    /// <summary>The name EF stores for the value (its ToString), from the enum's cached names instead of a boxed ToString.</summary>
    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.GetName(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, "Not a named value.");
}
