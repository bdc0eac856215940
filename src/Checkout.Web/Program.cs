using OpenCharge.Checkout.Web.Hosting;

var command = AdminCommand.IsInvoked(args);
// The command's own words are not configuration keys.
var app = CheckoutApp.Build(command ? AdminCommand.HostArguments : args);
if (command)
{
    return await AdminCommand.RunAsync(app, args, Console.In, Console.Out, Console.Error);
}

await app.PrepareDatabaseAsync();
await app.RunAsync();
return 0;
