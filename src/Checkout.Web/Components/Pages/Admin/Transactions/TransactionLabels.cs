using Microsoft.Extensions.Localization;

using OpenCharge.Checkout.Domain.Proofs;
using OpenCharge.Checkout.Domain.Sessions;
using OpenCharge.Checkout.Domain.Settlement;
using OpenCharge.Checkout.Infrastructure.BackOffice.Transactions;
using OpenCharge.Checkout.Web.Components.Shared.Resources;

namespace OpenCharge.Checkout.Web.Components.Pages.Admin.Transactions;

/// <summary>
/// The grid's stored values (statuses, channels, routes, kinds) in the viewer's language. Each key is written out,
/// so the resource files list every one; filters and the CSV keep the stored value.
/// </summary>
internal static class TransactionLabels
{
    public const string Completed = "Completed";

    /// <summary>The statuses a kind's rows can have, as stored.</summary>
    public static IReadOnlyList<string> StatusesOf(TransactionKind kind) => kind switch
    {
        TransactionKind.Sessions => Enum.GetNames<SessionStatus>(),
        TransactionKind.Payments => [nameof(SessionStatus.Processing), nameof(SessionStatus.Paid)],
        TransactionKind.Transfers => [Completed],
        TransactionKind.Proofs => Enum.GetNames<ProofRecordDirection>(),
        _ => [],
    };

    public static string Kind(IStringLocalizer<SharedResource> l, TransactionKind kind) => kind switch
    {
        TransactionKind.Sessions => l["Sessions"],
        TransactionKind.Payments => l["Payments"],
        TransactionKind.Transfers => l["Transfers"],
        _ => l["Proofs"],
    };

    public static string Status(IStringLocalizer<SharedResource> l, string status) => status switch
    {
        nameof(SessionStatus.Open) => l["Open"],
        nameof(SessionStatus.Processing) => l["Processing"],
        nameof(SessionStatus.Paid) => l["Paid"],
        nameof(SessionStatus.Cancelled) => l["Cancelled"],
        nameof(SessionStatus.Expired) => l["Expired"],
        Completed => l["Completed"],
        nameof(ProofRecordDirection.Issued) => l["Issued"],
        nameof(ProofRecordDirection.Received) => l["Received"],
        _ => status,
    };

    public static string Method(IStringLocalizer<SharedResource> l, string? method) => method switch
    {
        nameof(SessionChannel.HostedCheckout) => l["Hosted checkout"],
        nameof(SessionChannel.WalletQr) => l["Wallet QR"],
        nameof(SessionChannel.ScannedOrder) => l["Scanned order"],
        _ => method ?? "",
    };

    public static string Route(IStringLocalizer<SharedResource> l, string? route) => route switch
    {
        nameof(SettlementPathKind.Direct) => l["Direct"],
        nameof(SettlementPathKind.GatewayAccount) => l["Gateway account"],
        nameof(SettlementPathKind.PartnerReserve) => l["Partner reserve"],
        nameof(SettlementPathKind.CommonProvider) => l["Common provider"],
        nameof(SettlementPathKind.Chain) => l["Chain"],
        _ => route ?? "",
    };
}
