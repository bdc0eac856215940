using System.Xml.Linq;

using OpenCharge.Checkout.TestSupport;

namespace OpenCharge.Checkout.UnitTests.Web.Localization;

/// <summary>One SharedResource .resx beside SharedResource.cs: its entries by key.</summary>
public static class ResourceFile
{
    public const string Directory = "src/Checkout.Web/Components/Shared/Resources";
    public const string English = "SharedResource.resx";
    public const string Arabic = "SharedResource.ar.resx";

    public static IReadOnlyDictionary<string, string> Load(string fileName) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, Directory, fileName))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
}
