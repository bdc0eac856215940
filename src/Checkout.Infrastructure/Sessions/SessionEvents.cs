using OpenCharge.Checkout.Domain.Sessions;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>A session changed (paid, cancelled, expired): every open checkout page for it re-reads at once.</summary>
public sealed class SessionEvents : KeyedEvents<SessionId>;
