using System.Text;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Merchants;

namespace OpenCharge.Checkout.Sandbox.Identities;

/// <summary>The Demo Store signing a portal challenge, as its owner would with their own tool.</summary>
internal sealed class DemoStoreKey(SandboxIdentities identities) : IDemoStoreKey
{
    public Ocid Ocid => identities.Merchant.Ocid;

    public string SignChallenge(string text) => identities.Merchant.Sign(Encoding.UTF8.GetBytes(text));
}
