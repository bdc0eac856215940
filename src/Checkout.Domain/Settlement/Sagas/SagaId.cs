namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

public readonly record struct SagaId(Guid Value)
{
    public static SagaId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString("N");
}
