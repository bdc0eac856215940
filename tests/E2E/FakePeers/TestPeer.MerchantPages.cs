using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OpenCharge.Checkout.E2E.FakePeers;

/// <summary>
/// The shop's own pages a hosted checkout sends the shopper back to: tiny HTML pages a browser test can recognise.
/// </summary>
public sealed partial class TestPeer
{
    public string SuccessUrl => BaseUrl + "/shop/success";

    public string CancelUrl => BaseUrl + "/shop/cancel";

    private static void MapMerchantPages(WebApplication app)
    {
        app.MapGet("/shop/success", () => MerchantPage("merchant success"));
        app.MapGet("/shop/cancel", () => MerchantPage("merchant cancel"));
    }

    private static IResult MerchantPage(string heading) => Results.Content(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{heading}</title></head><body><main><h1>{heading}</h1></main></body></html>",
        "text/html; charset=utf-8");
}
