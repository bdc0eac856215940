using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

using OpenCharge.Checkout.Domain.Merchants;
using OpenCharge.Checkout.Domain.Partners;

namespace OpenCharge.Checkout.Infrastructure.Caching;

/// <summary>
/// Makes this process forget a cached merchant settings or partner row whenever any context saves it (the merchant
/// portal, the admin partners page, the configured-partner import), before and after the save, so the next
/// checkout/create reads what was written. Only EF writes these tables.
/// </summary>
public sealed class CachedRowsInvalidator(ExpiringCache<MerchantSettings> merchantSettings, ExpiringCache<Partner> partners) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Invalidate(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Invalidate(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Invalidate(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Invalidate(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private void Invalidate(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            switch (entry.Entity)
            {
                case MerchantSettings settings:
                    merchantSettings.Invalidate(settings.Ocid);
                    break;
                case Partner partner:
                    partners.Invalidate(partner.Ocid);
                    break;
            }
        }
    }
}
