namespace OpenCharge.Checkout.Domain.Common;

/// <summary>
/// A commit lost a race (a unique key or a row changed by someone else). The use case decides again from fresh data;
/// this is the one exception use cases expect, because only the database can detect it.
/// </summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
