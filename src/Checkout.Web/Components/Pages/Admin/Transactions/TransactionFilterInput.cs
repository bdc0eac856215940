using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;
using OpenCharge.Checkout.Web.Admin.Transactions;

using Query = OpenCharge.Checkout.Web.Admin.Transactions.TransactionFilterQuery;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin.Transactions;

/// <summary>
/// The filter form's fields as the text the admin typed. It goes to and from a <see cref="TransactionFilter"/> only
/// through the query string, so the form, a pasted link and the CSV export read values by one set of rules.
/// </summary>
internal sealed class TransactionFilterInput
{
    public TransactionKind Kind { get; set; }

    public string Status { get; set; } = "";

    public string Merchant { get; set; } = "";

    public string Gateway { get; set; } = "";

    public string Currency { get; set; } = "";

    public string Min { get; set; } = "";

    public string Max { get; set; } = "";

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public string Method { get; set; } = "";

    public string Route { get; set; } = "";

    public string Search { get; set; } = "";

    public string Sort { get; set; } = "";

    public string Direction { get; set; } = "";

    public static TransactionFilterInput Of(TransactionFilter filter)
    {
        var query = QueryHelpers.ParseQuery(TransactionFilterQuery.Format(filter));
        string Text(string key) => query.TryGetValue(key, out var value) ? value.ToString() : "";
        return new TransactionFilterInput
        {
            Kind = filter.Kind,
            Status = Text(Query.Status),
            Merchant = Text(Query.Merchant),
            Gateway = Text(Query.Gateway),
            Currency = Text(Query.Currency),
            Min = Text(Query.Min),
            Max = Text(Query.Max),
            From = Text(Query.From),
            To = Text(Query.To),
            Method = Text(Query.Method),
            Route = Text(Query.Route),
            Search = Text(Query.Search),
            Sort = Text(Query.Sort),
            Direction = Text(Query.Direction),
        };
    }

    public TransactionFilter ToFilter() => TransactionFilterQuery.Parse(new Dictionary<string, StringValues>
    {
        [Query.Kind] = Kind.ToString(),
        [Query.Status] = Status,
        [Query.Merchant] = Merchant,
        [Query.Gateway] = Gateway,
        [Query.Currency] = Currency,
        [Query.Min] = Min,
        [Query.Max] = Max,
        [Query.From] = From,
        [Query.To] = To,
        [Query.Method] = Method,
        [Query.Route] = Route,
        [Query.Search] = Search,
        [Query.Sort] = Sort,
        [Query.Direction] = Direction,
    });
}
