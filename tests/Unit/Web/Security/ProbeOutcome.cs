namespace OpenCharge.Checkout.UnitTests.Web.Security;

/// <summary>How the app answered one caller on one route.</summary>
internal enum ProbeOutcome
{
    /// <summary>Served: any answer that is not a refusal (a 404 for a made-up id counts, a 500 does not).</summary>
    Allowed,

    /// <summary>Redirected to /account/login.</summary>
    SentToSignIn,

    /// <summary>401 outside the protocol.</summary>
    Unauthorized,

    /// <summary>Redirected to /account/denied, or 403.</summary>
    Forbidden,

    /// <summary>A protocol route refusing an unsigned request with the error envelope.</summary>
    ProtocolRefusal,

    ServerError,
}
