using System.Globalization;

using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;

namespace OpenCharge.Checkout.Web.Admin.Transactions;

/// <summary>
/// The grid's filter as a query string, so a filtered view can be linked and reloaded and the CSV export gets exactly
/// the grid's filter. A value that does not parse is left out (the filter is then wider, never wrong). Dates are UTC
/// days: <c>from</c> and <c>to</c> both inclusive.
/// </summary>
internal static class TransactionFilterQuery
{
    public const string Kind = "kind";
    public const string Status = "status";
    public const string Merchant = "merchant";
    public const string Gateway = "gateway";
    public const string Currency = "currency";
    public const string Min = "min";
    public const string Max = "max";
    public const string From = "from";
    public const string To = "to";
    public const string Method = "method";
    public const string Route = "route";
    public const string Search = "q";
    public const string Sort = "sort";
    public const string Direction = "dir";
    public const string Page = "page";

    private const string DateFormat = "yyyy-MM-dd";

    public static TransactionFilter Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string? Text(string key) => values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        return new TransactionFilter
        {
            Kind = Enum.TryParse<TransactionKind>(Text(Kind), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : TransactionKind.Payments,
            Status = Text(Status),
            MerchantOcid = Ocid(Text(Merchant)),
            GatewayOcid = Ocid(Text(Gateway)),
            Currency = Text(Currency)?.ToUpperInvariant(),
            MinAmount = Amount(Text(Min)),
            MaxAmount = Amount(Text(Max)),
            From = Day(Text(From)),
            To = Day(Text(To))?.AddDays(1),
            Method = Text(Method),
            Route = Text(Route),
            Search = Text(Search),
            Sort = Enum.TryParse<TransactionSort>(Text(Sort), ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : TransactionSort.Time,
            Descending = !string.Equals(Text(Direction), "asc", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>Zero-based page index from the one-based <c>page</c> value.</summary>
    public static int PageIndex(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var page = query.FirstOrDefault(p => string.Equals(p.Key, Page, StringComparison.OrdinalIgnoreCase)).Value.ToString();
        return int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 ? number - 1 : 0;
    }

    /// <summary>The query string (with <c>?</c>) for <paramref name="filter"/>, defaults left out.</summary>
    public static string Format(TransactionFilter filter, int pageIndex = 0)
    {
        var pairs = new Dictionary<string, string?>
        {
            [Kind] = filter.Kind.ToString().ToLowerInvariant(),
            [Status] = filter.Status,
            [Merchant] = filter.MerchantOcid?.ToString(CultureInfo.InvariantCulture),
            [Gateway] = filter.GatewayOcid?.ToString(CultureInfo.InvariantCulture),
            [Currency] = filter.Currency,
            [Min] = filter.MinAmount?.ToString(CultureInfo.InvariantCulture),
            [Max] = filter.MaxAmount?.ToString(CultureInfo.InvariantCulture),
            [From] = filter.From?.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture),
            [To] = filter.To?.UtcDateTime.AddDays(-1).ToString(DateFormat, CultureInfo.InvariantCulture),
            [Method] = filter.Method,
            [Route] = filter.Route,
            [Search] = filter.Search,
            [Sort] = filter.Sort == TransactionSort.Time ? null : filter.Sort.ToString().ToLowerInvariant(),
            [Direction] = filter.Descending ? null : "asc",
            [Page] = pageIndex == 0 ? null : (pageIndex + 1).ToString(CultureInfo.InvariantCulture),
        };
        return QueryString.Create(pairs.Where(p => p.Value is not null)).ToString();
    }

    private static long? Ocid(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    private static decimal? Amount(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateTimeOffset? Day(string? text) =>
        DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day, TimeSpan.Zero)
            : null;

    /// <summary>The query pairs of an absolute or relative URI.</summary>
    public static Dictionary<string, StringValues> Of(string uri) => QueryHelpers.ParseQuery(new Uri(uri).Query);
}
