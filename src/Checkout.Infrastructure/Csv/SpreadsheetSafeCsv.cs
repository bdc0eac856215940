using CsvHelper;

namespace OpenCharge.Checkout.Infrastructure.Csv;

/// <summary>
/// The writer options every export a person may open in a spreadsheet starts from. Order ids, references and names come
/// from merchants and shoppers: a cell starting with = + - @, tab or CR must not run as a formula (OWASP's CSV
/// injection list, CsvHelper's default injection characters), so it is written as text behind a leading <c>'</c>.
/// </summary>
internal static class SpreadsheetSafeCsv
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };
}
