using Microsoft.Extensions.Time.Testing;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Orders;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Sessions.Qr;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;
using OpenCharge.Checkout.UnitTests.Domain.Merchants.Fakes;
using OpenCharge.Checkout.UnitTests.Domain.Sessions.Fakes;

namespace OpenCharge.Checkout.UnitTests.Domain.Orders;

public sealed class OrderIntakeTests
{
    private const string Shopper = "user_1";
    private static readonly Ocid Merchant = new(9001);
    private static readonly Ocid Gateway = new(300);
    private static readonly RedirectUrls Urls = new(new Uri("https://shop.example/success"), new Uri("https://shop.example/cancel"));

    private readonly FakeTimeProvider _time = new(SignedOrderBuilder.DefaultCreatedAt);
    private readonly InMemoryCheckoutSessions _sessions = new();
    private readonly InMemoryQrSessions _qrSessions = new();
    private readonly InMemoryPartners _partners = new();
    private readonly InMemoryMerchantSettings _merchantSettings = new();
    private readonly FakeOrderSignatures _signatures = new();

    [Fact]
    public async Task Execute_OrderPostedToWalletQr_OpensASessionForThatShopperOnly()
    {
        var qr = NewQr();

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.WalletQr(qr.Id.Value));

        Assert.Equal(SessionChannel.WalletQr, session.Value!.Channel);
        Assert.Equal(Shopper, session.Value.ShopperUserId);
        Assert.True(session.Value.IsVisibleTo(Shopper));
        Assert.False(session.Value.IsVisibleTo("user_2"));
        Assert.Equal(QrSessionStatus.OrderReceived, qr.Status);
        Assert.Equal(session.Value.Id, qr.CheckoutSessionId);
    }

    [Fact]
    public async Task Execute_ShortCodeInsteadOfId_ReachesTheSameQr()
    {
        var qr = NewQr();

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.WalletQr(qr.ShortCode.Display.ToLowerInvariant()));

        Assert.True(session.IsSuccess);
        Assert.Equal(QrSessionStatus.OrderReceived, qr.Status);
    }

    [Fact]
    public async Task Execute_UnknownQr_ReturnsNotFoundBeforeCheckingTheSignature()
    {
        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.WalletQr(QrSessionId.New().Value));

        Assert.Equal("qr_session.not_found", session.Error?.Code);
        Assert.Equal(0, _signatures.Calls);
    }

    [Fact]
    public async Task Execute_ExpiredQr_ReturnsExpiredBeforeCheckingTheSignature()
    {
        var qr = NewQr();
        _time.Advance(TimeSpan.FromMinutes(5));

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.WalletQr(qr.Id.Value));

        Assert.Equal("qr_session.expired", session.Error?.Code);
        Assert.Equal(0, _signatures.Calls);
    }

    [Fact]
    public async Task Execute_SecondOrderToOneQr_ReturnsUsed()
    {
        var qr = NewQr();
        await IntakeAsync(A.Order().WithId("ord_1").Build(), OrderOrigin.WalletQr(qr.Id.Value));

        var second = await IntakeAsync(A.Order().WithId("ord_2").Build(), OrderOrigin.WalletQr(qr.Id.Value));

        Assert.Equal("qr_session.used", second.Error?.Code);
    }

    [Fact]
    public async Task Execute_OrderOfAnotherMerchantThanThePresenter_ReturnsInvalidSignatureWithoutVerifying()
    {
        var qr = NewQr();

        var session = await IntakeAsync(A.Order().ForMerchant(9002).Build(), OrderOrigin.WalletQr(qr.Id.Value));

        Assert.Equal("order.signature_invalid", session.Error?.Code);
        Assert.Equal(0, _signatures.Calls);
        Assert.Equal(QrSessionStatus.Pending, qr.Status);
    }

    [Fact]
    public async Task Execute_SignatureDoesNotVerify_ReturnsItsErrorAndLeavesTheQrPending()
    {
        var qr = NewQr();
        _signatures.Failure = OrderErrors.InvalidSignature(Merchant);

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.WalletQr(qr.Id.Value));

        Assert.Equal("order.signature_invalid", session.Error?.Code);
        Assert.Equal(QrSessionStatus.Pending, qr.Status);
    }

    [Fact]
    public async Task Execute_OrderWithoutAccepts_SettlesWithTheMerchantsPublishedAccepts()
    {
        _signatures.PublishedAccepts = [new Ocid(777)];

        var session = await IntakeAsync(A.Order().Build() with { Accepts = null }, OrderOrigin.WalletQr(NewQr().Id.Value));

        Assert.Equal("settlement.not_supported", session.Error?.Code);
    }

    [Fact]
    public async Task Execute_NeitherOrderNorMetadataAccepts_SettlesDirectlyWithUs()
    {
        var session = await IntakeAsync(A.Order().Build() with { Accepts = null }, OrderOrigin.WalletQr(NewQr().Id.Value));

        Assert.Equal(SettlementPath.Direct, session.Value!.Route.Path);
    }

    [Fact]
    public async Task Execute_QrOrderAcceptingOnlyTheMerchant_HasNoGatewayAccountToFallBackOn()
    {
        var session = await IntakeAsync(A.Order().Accepting(Merchant.Value).Build(), OrderOrigin.WalletQr(NewQr().Id.Value));

        Assert.Equal("settlement.not_supported", session.Error?.Code);
    }

    [Fact]
    public async Task Execute_SameOrderIdLiveAtAnotherQr_ReturnsReused()
    {
        await IntakeAsync(A.Order().Build(), OrderOrigin.WalletQr(NewQr().Id.Value));

        var again = await IntakeAsync(A.Order().Build(), OrderOrigin.WalletQr(NewQr("user_2").Id.Value));

        Assert.Equal("order.reused", again.Error?.Code);
    }

    [Fact]
    public async Task Execute_HostedCheckoutToUnregisteredHostOutsideSandbox_ReturnsRedirectNotAllowed()
    {
        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.HostedCheckout(Gateway), anyRedirectHost: false);

        Assert.Equal("order.redirect_not_allowed", session.Error?.Code);
        Assert.Contains("urls.success", session.Error!.Message);
    }

    [Fact]
    public async Task Execute_HostedCheckoutToTheGatewaysRegisteredHost_OpensTheSession()
    {
        _partners.Add(GatewayPartner(ProofAddressing.MerchantOrder, "shop.example"));

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.HostedCheckout(Gateway), anyRedirectHost: false);

        Assert.Equal(SessionChannel.HostedCheckout, session.Value!.Channel);
        Assert.Null(session.Value.ShopperUserId);
    }

    [Fact]
    public async Task Execute_QrOrderOutsideSandbox_IsNotSubjectToTheRedirectPolicy()
    {
        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.WalletQr(NewQr().Id.Value), anyRedirectHost: false);

        Assert.True(session.IsSuccess);
    }

    [Fact]
    public async Task Execute_MerchantAlwaysUsesItsOwnUrls_SessionSendsTheShopperThereInsteadOfTheGatewaysUrls()
    {
        OwnSettings(new Uri("https://merchant.example/thanks"), alwaysUseMyUrls: true);

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.HostedCheckout(Gateway));

        Assert.Equal(new Uri("https://merchant.example/thanks"), session.Value!.Urls.Success);
    }

    [Fact]
    public async Task Execute_MerchantDefaultsWithoutAlways_KeepsTheUrlsTheGatewaySent()
    {
        OwnSettings(new Uri("https://merchant.example/thanks"), alwaysUseMyUrls: false);

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.HostedCheckout(Gateway));

        Assert.Equal(Urls.Success, session.Value!.Urls.Success);
    }

    [Fact]
    public async Task Execute_ScannedOrderWithoutMerchantUrls_UsesTheMerchantsDefaultsOverOurFallback()
    {
        OwnSettings(new Uri("https://merchant.example/thanks"), alwaysUseMyUrls: false);

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.ScannedOrder(Shopper), urlsAreFallback: true);

        Assert.Equal(new Uri("https://merchant.example/thanks"), session.Value!.Urls.Success);
    }

    [Fact]
    public async Task Execute_MerchantsOwnRedirectHostOutsideSandbox_IsAllowed()
    {
        OwnSettings(null, alwaysUseMyUrls: false, redirectHosts: ["shop.example"]);

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.HostedCheckout(Gateway), anyRedirectHost: false);

        Assert.True(session.IsSuccess);
    }

    [Fact]
    public async Task Execute_MerchantOptedOutOfSandboxMode_HasItsRedirectsCheckedInTheSandbox()
    {
        OwnSettings(null, alwaysUseMyUrls: false, sandboxMode: false);

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.HostedCheckout(Gateway), anyRedirectHost: true);

        Assert.Equal("order.redirect_not_allowed", session.Error?.Code);
    }

    [Fact]
    public async Task Execute_MerchantSessionTtlShorterThanTheOperators_SessionExpiresThen()
    {
        OwnSettings(null, alwaysUseMyUrls: false, sessionTtl: TimeSpan.FromMinutes(5));

        var session = await IntakeAsync(A.Order().Build(), OrderOrigin.HostedCheckout(Gateway));

        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(5), session.Value!.ExpiresAt);
    }

    [Fact]
    public async Task Execute_HostedCheckoutSettlingInTheGatewaysAccount_AddressesTheProofAsThatGatewayAsks()
    {
        _partners.Add(GatewayPartner(ProofAddressing.GatewaySession));

        var session = await IntakeAsync(A.Order().Accepting(Gateway.Value).Build(), OrderOrigin.HostedCheckout(Gateway));

        Assert.Equal(SettlementPath.GatewayAccount, session.Value!.Route.Path);
        Assert.Equal(ProofAddressing.GatewaySession, session.Value.Route.Addressing);
    }

    private QrSession NewQr(string shopper = Shopper)
    {
        var qr = QrSession.Start(shopper, _time.GetUtcNow(), QrSession.DefaultTimeToLive);
        _qrSessions.Add(qr);
        return qr;
    }

    private Partner GatewayPartner(ProofAddressing addressing, params string[] redirectHosts)
    {
        var partner = Partner.Create(Gateway, "Gateway", PartnerRoles.MerchantGateway, _time.GetUtcNow());
        partner.Describe("Gateway", PartnerRoles.MerchantGateway, addressing, redirectHosts, [], _time.GetUtcNow());
        return partner;
    }

    private void OwnSettings(
        Uri? success, bool alwaysUseMyUrls, IReadOnlyList<string>? redirectHosts = null, TimeSpan? sessionTtl = null, bool sandboxMode = true)
    {
        var settings = MerchantSettings.Defaults(Merchant, new MerchantSettingsLimits(TimeSpan.FromMinutes(30), SandboxDeployment: true));
        var cancel = success is null ? null : new Uri(success, "cancelled");
        settings.Change(new MerchantSettingsChange(null, null, null, success, cancel, alwaysUseMyUrls, redirectHosts ?? [], sessionTtl, sandboxMode), _time.GetUtcNow());
        _merchantSettings.Add(settings);
    }

    private Task<Result<CheckoutSession>> IntakeAsync(SignedOrder order, OrderOrigin origin, bool anyRedirectHost = true, bool urlsAreFallback = false)
    {
        var us = new FakeProtocolSigner();
        var open = new OpenCheckoutSession(new FakeUnitOfWork(), _sessions, _qrSessions, new FixedSettlementKnowledge(SettlementKnowledge.Empty), us, _time);
        var intake = new OrderIntake(
            _signatures, _partners, _merchantSettings, _qrSessions, open, us, new IntakeSettings(["USD"], TimeSpan.FromMinutes(30), anyRedirectHost), _time);
        return intake.ExecuteAsync(new IncomingOrder(order, Merchant, Urls, origin) { UrlsAreFallback = urlsAreFallback }, CancellationToken.None);
    }
}
