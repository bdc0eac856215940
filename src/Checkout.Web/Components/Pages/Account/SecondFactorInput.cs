using System.ComponentModel.DataAnnotations;

namespace OpenCharge.Checkout.Web.Components.Pages.Account;

internal sealed class SecondFactorInput
{
    [Required(ErrorMessage = "Enter the code from your authenticator app, or a recovery code.")]
    [StringLength(32, ErrorMessage = "That is longer than any code we issue.")]
    public string Code { get; set; } = "";
}
