using OpenCharge.Checkout.UnitTests.Web.Localization;
using OpenCharge.Checkout.Web.Accounts;

namespace OpenCharge.Checkout.UnitTests.Web.Accounts;

public sealed class LocalizedIdentityErrorDescriberTests
{
    private readonly LocalizedIdentityErrorDescriber _describer = new(ResourceLocalizer.Shared);

    [Fact]
    public void PasswordTooShort_InArabic_SaysItInArabicWithIdentitysCode()
    {
        using var arabic = new CultureScope("ar");

        var error = _describer.PasswordTooShort(6);

        Assert.Equal("PasswordTooShort", error.Code);
        Assert.Equal("يجب ألا تقل كلمة المرور عن 6 أحرف.", error.Description);
    }

    [Fact]
    public void DuplicateEmail_InEnglish_ReadsAsIdentitysOwn()
    {
        using var english = new CultureScope("en");

        var error = _describer.DuplicateEmail("a@example.test");

        Assert.Equal("DuplicateEmail", error.Code);
        Assert.Equal("Email 'a@example.test' is already taken.", error.Description);
    }
}
