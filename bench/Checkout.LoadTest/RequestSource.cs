namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// Hands out pre-signed requests in order; when the pool runs dry it signs on the fly and counts how often, because
/// then the client's signing competes with the server for the same cores.
/// </summary>
internal sealed class RequestSource(SignedCheckoutRequest[] pool, CheckoutRequestSigner signer)
{
    private int _next = -1;
    private int _signedOnTheFly;

    public int PoolSize => pool.Length;

    public int TakenFromPool => Math.Min(Volatile.Read(ref _next) + 1, pool.Length);

    public int SignedOnTheFly => Volatile.Read(ref _signedOnTheFly);

    public SignedCheckoutRequest Take()
    {
        var index = Interlocked.Increment(ref _next);
        if (index < pool.Length)
        {
            var request = pool[index];
            pool[index] = null!;
            return request;
        }
        Interlocked.Increment(ref _signedOnTheFly);
        return signer.Next();
    }
}
