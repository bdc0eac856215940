namespace OpenCharge.Checkout.Sandbox.Webhooks;

/// <summary>The two sandbox identities, as recorded beside what each received.</summary>
public enum SandboxPeer
{
    Store,
    Gateway,
}
