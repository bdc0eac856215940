using System.Globalization;

namespace OpenCharge.Checkout.BenchSupport;

/// <summary>The bench tools' <c>--name value</c> arguments; every failure names the tool's usage line.</summary>
public sealed class CommandLineArguments
{
    private readonly Dictionary<string, string> _values;
    private readonly string _usage;

    private CommandLineArguments(Dictionary<string, string> values, string usage)
    {
        _values = values;
        _usage = usage;
    }

    public static CommandLineArguments Parse(string[] args, string usage)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'. Usage: {usage}");
            }
            values[args[i][2..]] = args[++i];
        }
        return new CommandLineArguments(values, usage);
    }

    public string Required(string name) => _values.TryGetValue(name, out var value)
        ? value
        : throw new ArgumentException($"--{name} is required. Usage: {_usage}");

    public string? Optional(string name) => _values.GetValueOrDefault(name);

    public int Number(string name, int fallback) => _values.TryGetValue(name, out var value)
        ? int.Parse(value, CultureInfo.InvariantCulture)
        : fallback;

    public int? OptionalNumber(string name) => _values.ContainsKey(name) ? Number(name, 0) : null;
}
