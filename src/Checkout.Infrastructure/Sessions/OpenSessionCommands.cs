using Microsoft.Extensions.ObjectPool;

using OpenCharge.Checkout.Infrastructure.Persistence;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>
/// The autocommit <see cref="OpenSessionStatement"/> commands, on the multiplexing data source, kept with their typed
/// parameters and used again: building 26 parameters for every checkout/create was about a third of what it allocated
/// (issue 11). A command comes back only after it ran to completion, so no two requests ever share one at a time.
/// </summary>
internal sealed class OpenSessionCommands(AutocommitStatements statements)
{
    // Enough for every concurrent create of a busy node; beyond that a command is built and dropped as before.
    private const int Retained = 256;

    private readonly DefaultObjectPool<OpenSessionCommand> _withNonce = new(new Policy(statements, withNonce: true), Retained);
    private readonly DefaultObjectPool<OpenSessionCommand> _sessionOnly = new(new Policy(statements, withNonce: false), Retained);

    public OpenSessionCommand Rent(bool withNonce) => (withNonce ? _withNonce : _sessionOnly).Get();

    public void Return(OpenSessionCommand command) => (command.WithNonce ? _withNonce : _sessionOnly).Return(command);

    private sealed class Policy(AutocommitStatements statements, bool withNonce) : IPooledObjectPolicy<OpenSessionCommand>
    {
        public OpenSessionCommand Create()
        {
            var command = statements.CreateCommand(OpenSessionStatement.Sql(withNonce));
            return new OpenSessionCommand(command, new OpenSessionParameters(command, withNonce), withNonce);
        }

        public bool Return(OpenSessionCommand command) => true;
    }
}
