using OpenCharge.Checkout.Web.Hosting;

var app = CheckoutApp.Build(args);
await app.PrepareDatabaseAsync();
await app.RunAsync();
