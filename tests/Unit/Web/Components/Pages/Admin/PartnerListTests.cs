using Bunit;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Web.Components.Pages.Admin;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Admin;

public sealed class PartnerListTests : ComponentTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_Partner_ShowsItsOcidNameRolesHostsAndReserves()
    {
        var partner = Partner.Create(new Ocid(100), "Bank", PartnerRoles.MerchantGateway | PartnerRoles.SettlementProvider, Now);
        partner.Describe("Bank", partner.Roles, ProofAddressing.MerchantOrder, ["pay.bank.example"], [Currency.Of("USD")], Now);

        var list = Render<PartnerList>(p => p.Add(c => c.Partners, [partner]));

        var cells = list.Find("[data-testid=partner-row]").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["100", "Bank", "Merchant gateway, settlement provider"], cells.Take(3));
        Assert.Equal(["USD", "pay.bank.example"], cells.Skip(4).Take(2));
    }

    [Fact]
    public void Render_HoldingBelowThreshold_ShowsBalanceWithLowBalanceWarning()
    {
        var partner = Partner.Create(new Ocid(100), "Bank", PartnerRoles.SettlementProvider, Now);
        partner.Hold(Currency.Of("USD"), 40_00, 50_00, Now);
        partner.Hold(Currency.Of("EUR"), 900_00, 50_00, Now);

        var list = Render<PartnerList>(p => p.Add(c => c.Partners, [partner]));

        var holdings = list.FindAll("[data-testid=holding]").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal("40.00 USD", holdings[0][..9]);
        Assert.Contains("Low balance", holdings[0], StringComparison.Ordinal);
        Assert.Equal("900.00 EUR", holdings[1]);
    }

    [Fact]
    public void Render_NoPartners_SaysSo()
    {
        var list = Render<PartnerList>(p => p.Add(c => c.Partners, []));

        Assert.Contains("No partners yet.", list.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickEdit_RaisesOnEditWithThatPartner()
    {
        var partner = Partner.Create(new Ocid(100), "Bank", PartnerRoles.SettlementProvider, Now);
        Partner? edited = null;

        var list = Render<PartnerList>(p => p.Add(c => c.Partners, [partner]).Add(c => c.OnEdit, (Partner x) => edited = x));
        list.Find("button[aria-label='Edit partner 100']").Click();

        Assert.Same(partner, edited);
    }
}
