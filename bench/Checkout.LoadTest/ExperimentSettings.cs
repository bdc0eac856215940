namespace OpenCharge.Checkout.LoadTest;

/// <summary>
/// Settings for an experiment on the app, without editing the bench: every <c>BENCHAPP_KEY=value</c> in the load tool's
/// environment reaches the app as <c>KEY=value</c>, replacing the bench's own value for that key.
/// </summary>
internal static class ExperimentSettings
{
    private const string Prefix = "BENCHAPP_";

    public static Dictionary<string, string> WithExperimentSettings(this Dictionary<string, string> settings)
    {
        foreach (var key in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            settings[key[Prefix.Length..]] = Environment.GetEnvironmentVariable(key) ?? "";
        }
        return settings;
    }
}
