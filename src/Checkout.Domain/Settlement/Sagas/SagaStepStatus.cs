namespace OpenCharge.Checkout.Domain.Settlement.Sagas;

public enum SagaStepStatus
{
    /// <summary>Not sent yet.</summary>
    Pending,

    /// <summary>Sent, and the answer was lost (timeout, reset, 5xx): its outcome is unknown until a retry or /verify says.</summary>
    Unanswered,

    Succeeded,

    Failed,
}
