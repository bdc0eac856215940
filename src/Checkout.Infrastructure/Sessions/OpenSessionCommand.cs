using Npgsql;

namespace OpenCharge.Checkout.Infrastructure.Sessions;

/// <summary>A pooled command of <see cref="OpenSessionCommands"/> and the parameters attached to it.</summary>
internal sealed record OpenSessionCommand(NpgsqlCommand Command, OpenSessionParameters Parameters, bool WithNonce);
