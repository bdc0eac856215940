using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Ledger;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;

namespace OpenCharge.Checkout.Infrastructure.Persistence.Conversions;

/// <summary>Typed ids and value objects as plain columns, readable in psql.</summary>
internal static class DomainConverters
{
    public static readonly ValueConverter<Ocid, long> Ocid = new(o => o.Value, v => new Ocid(v));

    public static readonly ValueConverter<SessionId, Guid> SessionId = new(s => s.Value, v => new SessionId(v));

    public static readonly ValueConverter<QrSessionId, string> QrSessionId = new(s => s.Value, v => Domain.Sessions.Qr.QrSessionId.Parse(v));

    public static readonly ValueConverter<QrShortCode, string> QrShortCode = new(c => c.Value, v => Domain.Sessions.Qr.QrShortCode.Parse(v));

    public static readonly ValueConverter<Currency, string> Currency = new(c => c.Code, v => Domain.Common.Currency.Of(v));

    /// <summary>"MerchantGateway:9000": the owner's kind and key in one column.</summary>
    public static readonly ValueConverter<AccountOwner, string> AccountOwner = new(
        o => o.Kind + ":" + o.Key,
        v => new AccountOwner(Enum.Parse<AccountOwnerKind>(v.Substring(0, v.IndexOf(':'))), v.Substring(v.IndexOf(':') + 1)));
}
