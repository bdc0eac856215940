using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenCharge.Checkout.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CheckoutDbContext>
{
    public CheckoutDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CheckoutDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time_only")
            .Options;
        return new CheckoutDbContext(options);
    }
}
