using System.ComponentModel.DataAnnotations;

namespace OpenCharge.Checkout.Web.Components.Pages.Account;

internal sealed class RegisterInput
{
    [Required(ErrorMessage = "Enter the name we should greet you by.")]
    [StringLength(100, ErrorMessage = "Keep your name under 100 characters.")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match.")]
    public string ConfirmPassword { get; set; } = "";
}
