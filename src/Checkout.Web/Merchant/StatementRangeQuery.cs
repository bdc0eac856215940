using System.Globalization;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.MerchantActivity;

namespace OpenCharge.Checkout.Web.Merchant;

/// <summary>
/// A statement's account and UTC dates as the screen picks them and as the CSV link carries them
/// (<c>?ocid=…&amp;currency=…&amp;from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>, <c>to</c> inclusive), so both read the same range.
/// </summary>
internal static class StatementRangeQuery
{
    private const string DateFormat = "yyyy-MM-dd";

    public static StatementRange Of(Ocid merchant, Currency currency, DateTime? from, DateTime? to) => new(
        merchant,
        currency,
        from is { } start ? Midnight(start) : DateTimeOffset.MinValue,
        to is { } end ? Midnight(end).AddDays(1) : DateTimeOffset.MaxValue);

    public static string CsvHref(StatementRange range)
    {
        var query = new List<string> { $"ocid={range.Merchant}", $"currency={Uri.EscapeDataString(range.Currency.Code)}" };
        if (range.From != DateTimeOffset.MinValue)
        {
            query.Add("from=" + range.From.ToString(DateFormat, CultureInfo.InvariantCulture));
        }
        if (range.To != DateTimeOffset.MaxValue)
        {
            query.Add("to=" + range.To.AddDays(-1).ToString(DateFormat, CultureInfo.InvariantCulture));
        }
        return MerchantPaths.StatementCsv + "?" + string.Join('&', query);
    }

    /// <returns>Null when the query is not a statement's: a missing or malformed OCID, currency or date.</returns>
    public static StatementRange? Parse(string? ocid, string? currency, string? from, string? to)
    {
        if (!Ocid.TryParse(ocid, out var merchant) || !Currency.TryParse(currency, out var code)
            || !TryDate(from, out var start) || !TryDate(to, out var end))
        {
            return null;
        }
        return Of(merchant, code, start, end);
    }

    private static bool TryDate(string? text, out DateTime? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (!DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        date = parsed;
        return true;
    }

    private static DateTimeOffset Midnight(DateTime date) => new(date.Date.Ticks, TimeSpan.Zero);
}
