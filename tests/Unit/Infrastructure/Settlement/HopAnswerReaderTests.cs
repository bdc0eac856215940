using System.Text;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Domain.Settlement.Sagas;
using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Infrastructure.Settlement;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Settlement;

public sealed class HopAnswerReaderTests
{
    [Fact]
    public void Read_TransferCreateAnswerWithoutStatus_IsAProof()
    {
        var answer = HopAnswerReader.Read("{}", Answered(200, Encoding.UTF8.GetString(new ProofBuilder().To(300, "t_1").Build())));

        var proved = Assert.IsType<HopAnswer.Proved>(answer);
        Assert.Equal("pg_tx_1", proved.Envelope.Proof.Txid);
        Assert.Equal(new Ocid(300), proved.Envelope.Proof.To);
        Assert.Equal("t_1", proved.Envelope.Proof.ToReference);
    }

    [Fact]
    public void Read_PaymentCreateAnswer_IsPendingWithItsAccepts()
    {
        var answer = HopAnswerReader.Read("{}", Answered(200,
            """{"status":"pending_settlement","txid":"gw_1","amount":"12.50","currency":"USD","expiresAt":1706503600,"settlement":{"accepts":[100,{"ocid":101}]}}"""));

        var pending = Assert.IsType<HopAnswer.Pending>(answer);
        Assert.Equal("gw_1", pending.Txid);
        Assert.Equal([new Ocid(100), new Ocid(101)], pending.Accepts);
        Assert.Equal("12.50", pending.Amount);
    }

    [Fact]
    public void Read_VerifyExpired_IsRefused()
    {
        var answer = HopAnswerReader.Read("", Answered(200, """{"status":"expired","txid":"gw_1"}"""));

        Assert.IsType<HopAnswer.Refused>(answer);
    }

    [Fact]
    public void Read_402_IsRefusedWithTheErrorCode()
    {
        var answer = HopAnswerReader.Read("{}", Answered(402, """{"error":{"code":"INSUFFICIENT_FUNDS","message":"Reserve too low"}}"""));

        var refused = Assert.IsType<HopAnswer.Refused>(answer);
        Assert.Equal("HTTP 402 INSUFFICIENT_FUNDS: Reserve too low", refused.Reason);
        Assert.Equal(402, refused.HttpStatus);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(408)]
    [InlineData(429)]
    public void Read_ServerErrorOrBusy_IsUnanswered(int status)
    {
        Assert.IsType<HopAnswer.Unanswered>(HopAnswerReader.Read("{}", Answered(status, "")));
    }

    [Fact]
    public void Read_RefusalWithAForgedResponseSignature_DecidesNothing()
    {
        var forged = PeerCallResult.Answered(402, Encoding.UTF8.GetBytes("{}"), ResponseSignatureStatus.Invalid);

        Assert.IsType<HopAnswer.Unanswered>(HopAnswerReader.Read("{}", forged));
    }

    [Fact]
    public void Read_NoAnswerAtAll_IsUnanswered()
    {
        var answer = HopAnswerReader.Read("{}", PeerCallResult.Unresolved("OCID 300 could not be resolved to metadata."));

        Assert.Contains("could not be resolved", Assert.IsType<HopAnswer.Unanswered>(answer).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"proof":{"txid":"x"},"signature":"s"}""")]
    [InlineData("""{"status":"completed"}""")]
    public void Read_SuccessWeCannotRead_IsUnanswered(string body)
    {
        Assert.IsType<HopAnswer.Unanswered>(HopAnswerReader.Read("{}", Answered(200, body)));
    }

    [Fact]
    public void Read_LegacyIntegerTo_IsAccepted()
    {
        var body = """{"proof":{"txid":"t","issuer":100,"from":200,"to":300,"amount":"1.00","currency":"USD","timestamp":1},"signature":"s"}""";

        var proved = Assert.IsType<HopAnswer.Proved>(HopAnswerReader.Read("{}", Answered(200, body)));

        Assert.Equal(new Ocid(300), proved.Envelope.Proof.To);
        Assert.Null(proved.Envelope.Proof.ToReference);
    }

    private static PeerCallResult Answered(int status, string body) => PeerCallResult.Answered(status, Encoding.UTF8.GetBytes(body), ResponseSignatureStatus.Absent);
}
