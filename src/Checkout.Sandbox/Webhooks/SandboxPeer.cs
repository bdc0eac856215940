namespace OpenCharge.Checkout.Sandbox.Webhooks;

/// <summary>The sandbox identities, as recorded beside what each received or sent.</summary>
public enum SandboxPeer
{
    Store,
    Gateway,
    Bank,
    Exchange,
    Switch,
}
