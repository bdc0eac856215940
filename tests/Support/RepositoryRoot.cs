namespace OpenCharge.Checkout.TestSupport;

/// <summary>The checkout's repository, found upwards from the running test binaries: where src/ and the built app are.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "OpenCharge.Checkout.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OpenCharge.Checkout.sln above {AppContext.BaseDirectory}.");
    }
}
