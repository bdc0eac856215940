using System.Text;

using OpenCharge.Checkout.Infrastructure.Protocol.Outbound;
using OpenCharge.Checkout.Infrastructure.Webhooks;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Webhooks;

public sealed class WebhookAnswerTests
{
    [Fact]
    public void Classify_When200Accepted_IsDelivered()
    {
        var outcome = WebhookAnswer.Classify(Answer(200, """{"status":"accepted","txid":"tx_1"}"""));

        Assert.Equal((DeliveryVerdict.Delivered, "delivered", 200), (outcome.Verdict, outcome.Word, outcome.HttpStatus));
    }

    [Fact]
    public void Classify_When200Rejected_IsRejectedWithItsMessage()
    {
        var outcome = WebhookAnswer.Classify(Answer(200, """{"status":"rejected","txid":"tx_1","message":"Order already paid"}"""));

        Assert.Equal((DeliveryVerdict.Rejected, "Order already paid"), (outcome.Verdict, outcome.Message));
    }

    [Fact]
    public void Classify_When401_RetriesAndRefreshesThePeer()
    {
        var outcome = WebhookAnswer.Classify(Answer(401, """{"error":{"code":"INVALID_SIGNATURE"}}"""));

        Assert.Equal((DeliveryVerdict.RetryLater, "unauthorized", true), (outcome.Verdict, outcome.Word, outcome.RefreshPeer));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(503)]
    public void Classify_WhenOtherStatus_RetriesWithoutRefresh(int status)
    {
        var outcome = WebhookAnswer.Classify(Answer(status, """{"status":"accepted"}"""));

        Assert.Equal((DeliveryVerdict.RetryLater, "http-error", status, false), (outcome.Verdict, outcome.Word, outcome.HttpStatus, outcome.RefreshPeer));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("""["accepted"]""")]
    [InlineData("""{"status":"completed"}""")]
    [InlineData("""{"status":1}""")]
    public void Classify_When200WithoutAcceptedOrRejected_Retries(string body)
    {
        var outcome = WebhookAnswer.Classify(Answer(200, body));

        Assert.Equal((DeliveryVerdict.RetryLater, "invalid-answer"), (outcome.Verdict, outcome.Word));
    }

    [Fact]
    public void Classify_WhenResponseSignatureInvalid_RetriesEvenIfAccepted()
    {
        var outcome = WebhookAnswer.Classify(Answer(200, """{"status":"accepted"}""", ResponseSignatureStatus.Invalid));

        Assert.Equal((DeliveryVerdict.RetryLater, "bad-signature"), (outcome.Verdict, outcome.Word));
    }

    [Fact]
    public void Classify_WhenPeerUnresolved_RetriesWithoutHttpStatus()
    {
        var outcome = WebhookAnswer.Classify(PeerCallResult.Unresolved("OCID 500 could not be resolved to metadata."));

        Assert.Equal((DeliveryVerdict.RetryLater, "unresolved", (int?)null), (outcome.Verdict, outcome.Word, outcome.HttpStatus));
    }

    [Fact]
    public void Classify_WhenBodyIsLong_KeepsAn500CharacterExcerpt()
    {
        var outcome = WebhookAnswer.Classify(Answer(500, new string('x', 5000)));

        Assert.Equal(DeliveryAttempt.MaxExcerptLength, outcome.Excerpt!.Length);
    }

    [Fact]
    public void Unreachable_KeepsTheReasonAndNoStatus()
    {
        var outcome = WebhookAnswer.Unreachable(new HttpRequestException("Connection refused (127.0.0.1:9)"));

        Assert.Equal((DeliveryVerdict.RetryLater, "network-error", (int?)null, "Connection refused (127.0.0.1:9)"), (outcome.Verdict, outcome.Word, outcome.HttpStatus, outcome.Message));
    }

    [Fact]
    public void TimedOut_Retries()
    {
        var outcome = WebhookAnswer.TimedOut();

        Assert.Equal((DeliveryVerdict.RetryLater, "timeout"), (outcome.Verdict, outcome.Word));
    }

    private static PeerCallResult Answer(int status, string body, ResponseSignatureStatus signature = ResponseSignatureStatus.Absent) =>
        PeerCallResult.Answered(status, Encoding.UTF8.GetBytes(body), signature);
}
