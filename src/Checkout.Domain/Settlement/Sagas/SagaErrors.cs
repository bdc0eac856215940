using OpenCharge.Checkout.Domain.Common;

namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

public static class SagaErrors
{
    public static DomainError StepNotOpen(SagaId id, int step) =>
        new("settlement.step_not_open", $"Step {step} of settlement {id} is not the one awaiting an answer.");
}
