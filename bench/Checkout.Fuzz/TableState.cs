using System.Globalization;

namespace OpenCharge.Checkout.Fuzz;

/// <summary>Rows and content hash of a table, or of some of its rows; the hash is a sum, so parts subtract.</summary>
internal readonly record struct TableState(long Rows, string Hash)
{
    public TableState Without(TableState part) =>
        new(Rows - part.Rows, (Parse(Hash) - Parse(part.Hash)).ToString(CultureInfo.InvariantCulture));

    private static decimal Parse(string hash) => decimal.Parse(hash, CultureInfo.InvariantCulture);
}
