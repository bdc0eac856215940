namespace OpenCharge.Checkout.Web.Api.Signing;

/// <summary>
/// The request's nonce, its idempotency record and its use case's writes commit together, in one transaction
/// (issue 11). A response of 500 or more, or an exception, rolls them all back and spends the nonce on its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneCommitAttribute : Attribute;
