using System.Diagnostics.CodeAnalysis;

namespace OpenCharge.Checkout.Domain.Common;

/// <summary>The outcome of an operation that can fail in an expected way.</summary>
public readonly record struct Result(DomainError? Error)
{
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result Success() => new(null);

    public static implicit operator Result(DomainError error) => new(error);
}

/// <summary>A value, or why there is none.</summary>
public readonly record struct Result<T>(T? Value, DomainError? Error)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(DomainError error) => new(default, error);
}
