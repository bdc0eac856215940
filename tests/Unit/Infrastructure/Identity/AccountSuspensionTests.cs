using OpenCharge.Checkout.Infrastructure.Identity;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Identity;

public sealed class AccountSuspensionTests
{
    [Fact]
    public void IsSuspended_AdminLock_IsTrue() => Assert.True(AccountSuspension.IsSuspended(AccountSuspension.LockedUntil));

    [Fact]
    public void IsSuspended_AdminLockReadBackAtMicrosecondPrecision_IsTrue() =>
        Assert.True(AccountSuspension.IsSuspended(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero)));

    [Fact]
    public void IsSuspended_LockoutForFailedAttempts_IsFalse() =>
        Assert.False(AccountSuspension.IsSuspended(DateTimeOffset.UtcNow.AddMinutes(5)));

    [Fact]
    public void IsSuspended_NoLockout_IsFalse() => Assert.False(AccountSuspension.IsSuspended(null));
}
