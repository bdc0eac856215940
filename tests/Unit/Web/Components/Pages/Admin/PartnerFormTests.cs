using Bunit;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Web.Components.Pages.Admin;

namespace OpenCharge.Checkout.UnitTests.Web.Components.Pages.Admin;

public sealed class PartnerFormTests : ComponentTestContext
{
    [Fact]
    public async Task Save_ValidInput_RaisesOnSaveWithTheSettings()
    {
        PartnerSettings? saved = null;
        var input = new PartnerInput { Ocid = "100", Name = "Bank", IsSettlementProvider = true, RedirectHosts = "a.example, b.example", Holdings = [new() { Currency = "usd", Balance = "1000.00", LowBalanceThreshold = "50" }] };

        var form = Render<PartnerForm>(p => p.Add(c => c.Input, input).Add(c => c.OnSave, (PartnerSettings s) => saved = s));
        await form.InvokeAsync(() => SaveButton(form).Click());

        Assert.NotNull(saved);
        Assert.Equal((new Ocid(100), "Bank", PartnerRoles.SettlementProvider), (saved.Ocid, saved.Name, saved.Roles));
        Assert.Equal(["a.example", "b.example"], saved.RedirectHosts);
        Assert.Equal(new HoldingSettings(new Money(1000_00, Currency.Of("USD")), new Money(50_00, Currency.Of("USD"))), Assert.Single(saved.Holdings));
    }

    [Fact]
    public async Task Save_BalanceThatIsNoAmount_ShowsWhyAndDoesNotSave()
    {
        var saves = 0;
        var input = new PartnerInput { Ocid = "100", Name = "Bank", Holdings = [new() { Currency = "USD", Balance = "lots" }] };

        var form = Render<PartnerForm>(p => p.Add(c => c.Input, input).Add(c => c.OnSave, (PartnerSettings _) => saves++));
        await form.InvokeAsync(() => SaveButton(form).Click());

        Assert.Equal(0, saves);
        form.WaitForAssertion(() => Assert.Contains("These partner settings are not valid.", form.Find("[role=alert]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Save_OcidThatIsNoNumber_ShowsTheFieldErrorAndDoesNotSave()
    {
        var saves = 0;

        var form = Render<PartnerForm>(p => p.Add(c => c.Input, new PartnerInput { Ocid = "bank", Name = "Bank" }).Add(c => c.OnSave, (PartnerSettings _) => saves++));
        await form.InvokeAsync(() => SaveButton(form).Click());

        Assert.Equal(0, saves);
        form.WaitForAssertion(() => Assert.Contains("The OCID is a positive integer.", form.Markup, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ExistingPartner_LocksTheOcid()
    {
        var form = Render<PartnerForm>(p => p.Add(c => c.Input, new PartnerInput { IsNew = false, Ocid = "100", Name = "Bank" }));

        Assert.True(form.Find("input[value='100']").HasAttribute("disabled"));
        Assert.Contains("Edit partner 100", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ErrorFromThePage_IsAnnounced()
    {
        var form = Render<PartnerForm>(p => p.Add(c => c.Input, new PartnerInput()).Add(c => c.Error, "Partner 100: two holdings in USD."));

        Assert.Equal("Partner 100: two holdings in USD.", form.Find("[role=alert]").TextContent.Trim());
    }

    private static AngleSharp.Dom.IElement SaveButton(IRenderedComponent<PartnerForm> form) =>
        form.FindAll("button").Single(b => b.TextContent.Contains("Save partner", StringComparison.Ordinal));
}
