using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenCharge.Checkout.Sandbox.Persistence;

/// <summary>Lets `dotnet ef migrations add … --context SandboxDbContext` build the model without starting the web host.</summary>
internal sealed class SandboxDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SandboxDbContext>
{
    public SandboxDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SandboxDbContext>();
        SandboxDbContext.UseSandboxNpgsql(options, "Host=localhost;Database=design_time_only");
        return new SandboxDbContext(options.Options);
    }
}
