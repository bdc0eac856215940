namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

/// <summary>The protocol call a saga step makes (endpoints.md C2–C4); an unknown outcome is resolved with C6 <c>/verify</c>.</summary>
public enum SagaStepOperation
{
    PaymentCreate,
    TransferCreate,
    PaymentSettle,
}
