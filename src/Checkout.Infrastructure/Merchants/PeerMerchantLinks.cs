using System.Text;
using System.Text.Json;

using Microsoft.Extensions.Logging;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Inventory;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Peers;
using OpenCharge.Checkout.Domain.Qr;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Infrastructure.Protocol.Json;
using OpenCharge.Checkout.Infrastructure.Protocol.Orders;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;

namespace OpenCharge.Checkout.Infrastructure.Merchants;

/// <summary>
/// <see cref="IMerchantLinks"/> over the signed <see cref="PeerClient"/> (SSRF guard, 64 KB answers, 10 s timeout). A
/// QR's link is followed only under the merchant's registered endpoint (<see cref="MerchantAddress"/>). An order is
/// trusted only once it reads as an Order, names the QR's OCID, verifies with that OCID's key and has not expired.
/// </summary>
internal sealed class PeerMerchantLinks(
    PeerClient client,
    IPeerDirectory peers,
    OrderSignatureVerifier verifier,
    TimeProvider time,
    ILogger<PeerMerchantLinks> logger) : IMerchantLinks
{
    private const int MaxSignatureLength = 512;

    public async Task<Result<FetchedOrder>> FetchOrderAsync(MerchantOrderQr qr, CancellationToken cancellationToken)
    {
        var path = await PathAsync(qr, cancellationToken);
        if (!path.IsSuccess)
        {
            return path.Error;
        }
        var body = await CallAsync(qr.Merchant, isOrder: true, () => client.GetAsync(qr.Merchant, path.Value, cancellationToken), cancellationToken);
        return Logged(qr.Merchant, "order", body.IsSuccess ? await VerifiedAsync(qr.Merchant, body.Value, cancellationToken) : body.Error);
    }

    public async Task<Result<MerchantInventory>> FetchInventoryAsync(InventoryQr qr, CancellationToken cancellationToken)
    {
        var path = await PathAsync(qr, cancellationToken);
        if (!path.IsSuccess)
        {
            return path.Error;
        }
        var body = await CallAsync(qr.Merchant, isOrder: false, () => client.GetAsync(qr.Merchant, path.Value, cancellationToken), cancellationToken);
        if (!body.IsSuccess)
        {
            return Logged<MerchantInventory>(qr.Merchant, "inventory", body.Error);
        }
        var fields = new JsonFields("", []);
        Result<MerchantInventory> inventory = InventoryReader.Read(body.Value, fields) switch
        {
            null => MerchantLinkErrors.MalformedAnswer(qr.Merchant, Summary(fields)),
            { Merchant: var named } when named != qr.Merchant => MerchantLinkErrors.MerchantMismatch(qr.Merchant, named),
            { } read => read,
        };
        return Logged(qr.Merchant, "inventory", inventory);
    }

    public async Task<Result<FetchedOrder>> CreateOrderAsync(InventoryBasket basket, CancellationToken cancellationToken)
    {
        var merchant = await MerchantAsync(basket.Merchant, cancellationToken);
        if (!merchant.IsSuccess)
        {
            return merchant.Error;
        }
        var orderId = OrderCreateRequestWriter.NewOrderId();
        var json = Encoding.UTF8.GetBytes(OrderCreateRequestWriter.Json(basket, orderId));
        var body = await CallAsync(
            basket.Merchant, isOrder: false, () => client.PostJsonAsync(basket.Merchant, "/orders/create", json, cancellationToken, orderId), cancellationToken);
        var fetched = body.IsSuccess ? await VerifiedAsync(basket.Merchant, body.Value, cancellationToken) : body.Error;
        if (fetched.IsSuccess && basket.Matches(fetched.Value.Order) is { IsSuccess: false } mismatch)
        {
            fetched = mismatch.Error;
        }
        return Logged(basket.Merchant, "created order", fetched);
    }

    /// <summary>endpoints.md B1/B3: the envelope <c>{order, signature, urls?}</c>, checked in the order that costs least first.</summary>
    private async Task<Result<FetchedOrder>> VerifiedAsync(Ocid merchant, JsonElement body, CancellationToken cancellationToken)
    {
        var fields = new JsonFields("", []);
        if (fields.Find(body, "order") is not { ValueKind: JsonValueKind.Object } orderJson)
        {
            return MerchantLinkErrors.MalformedAnswer(merchant, "order: must be an object");
        }
        var signature = fields.RequiredString(body, MaxSignatureLength, "signature");
        if (signature is null || OrderReader.Read(orderJson, signature, fields.For("order.")) is not { } order)
        {
            return MerchantLinkErrors.MalformedAnswer(merchant, Summary(fields));
        }
        if (order.MerchantOcid != merchant)
        {
            return MerchantLinkErrors.MerchantMismatch(merchant, order.MerchantOcid);
        }
        var verification = await verifier.VerifyAsync(order, cancellationToken);
        switch (verification.Failure)
        {
            case OrderVerificationFailure.UnknownMerchant:
                return MerchantLinkErrors.UnknownMerchant(merchant);
            case OrderVerificationFailure.MerchantMetadataUnavailable:
                return MerchantLinkErrors.Unreachable(merchant);
            case OrderVerificationFailure.InvalidSignature:
                return MerchantLinkErrors.InvalidSignature(merchant);
        }
        if (order.IsExpiredAt(time.GetUtcNow()))
        {
            return MerchantLinkErrors.OrderExpired();
        }
        return new FetchedOrder(order, Urls(fields.Find(body, "urls")));
    }

    /// <summary>The <c>urls</c> are not signed and a scanned order needs none to be paid, so unreadable ones are dropped, not refused.</summary>
    private static RedirectUrls? Urls(JsonElement? urls)
    {
        if (urls is null)
        {
            return null;
        }
        var read = RedirectUrlReader.Read(urls, new JsonFields("urls.", []));
        return read is var (success, cancel, order) ? new RedirectUrls(success, cancel) { Order = order } : null;
    }

    private async Task<Result<string>> PathAsync(QrPayload qr, CancellationToken cancellationToken)
    {
        var merchant = await MerchantAsync(qr.Publisher, cancellationToken);
        if (!merchant.IsSuccess)
        {
            return merchant.Error;
        }
        return MerchantAddress.PathUnder(merchant.Value.Endpoint, qr.Link) is { } path
            ? path
            : MerchantLinkErrors.LinkNotTheMerchants(qr.Publisher);
    }

    private async Task<Result<PeerMetadata>> MerchantAsync(Ocid merchant, CancellationToken cancellationToken) =>
        await peers.FindAsync(merchant, refresh: false, cancellationToken) switch
        {
            PeerLookup.Found found => found.Metadata,
            PeerLookup.Unknown => MerchantLinkErrors.UnknownMerchant(merchant),
            _ => MerchantLinkErrors.Unreachable(merchant),
        };

    private async Task<Result<JsonElement>> CallAsync(Ocid merchant, bool isOrder, Func<Task<PeerCallResult>> call, CancellationToken cancellationToken)
    {
        try
        {
            return MerchantReply.Body(merchant, await call(), isOrder);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Merchant {Ocid} did not answer: {Reason}", merchant, ex is TaskCanceledException ? "timed out" : ex.Message);
            return MerchantLinkErrors.Unreachable(merchant);
        }
    }

    private Result<T> Logged<T>(Ocid merchant, string what, Result<T> result)
    {
        if (!result.IsSuccess)
        {
            logger.LogInformation("Reading the {What} of merchant {Ocid} failed: {Code}: {Message}", what, merchant, result.Error.Code, result.Error.Message);
        }
        return result;
    }

    private static string Summary(JsonFields fields) =>
        string.Join("; ", fields.Problems.Take(3).Select(p => $"{p.Key}: {p.Value}"));
}
