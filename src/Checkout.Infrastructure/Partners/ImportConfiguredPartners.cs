using Microsoft.Extensions.Options;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Partners;
using OpenCharge.Checkout.Infrastructure.Configuration;

namespace OpenCharge.Checkout.Infrastructure.Partners;

/// <summary>
/// Upserts the configured partners at start: configuration wins over the admin page's edits for every key it states,
/// except a holding's mirrored balance, which only opens a holding (docs/decisions.md, "Issue 8").
/// </summary>
public sealed class ImportConfiguredPartners(IOptions<OpenchargeOptions> options, SavePartner save)
{
    public async Task<Result> ExecuteAsync(CancellationToken cancellationToken)
    {
        var configured = ConfiguredPartners.Read(options.Value.Partners);
        if (!configured.IsSuccess)
        {
            return configured.Error;
        }
        foreach (var settings in configured.Value)
        {
            var saved = await save.ExecuteAsync(settings, overwriteMirroredBalances: false, cancellationToken);
            if (!saved.IsSuccess)
            {
                return new DomainError(saved.Error.Code, $"{OpenchargeOptions.Section}:Partners:{settings.Ocid}: {saved.Error.Message}");
            }
        }
        return Result.Success();
    }
}
