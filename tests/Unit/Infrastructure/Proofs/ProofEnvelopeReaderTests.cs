using System.Text;
using System.Text.Json;

using OpenCharge.Checkout.Domain.Common;
using OpenCharge.Checkout.Infrastructure.Proofs;
using OpenCharge.Checkout.UnitTests.Builders;

namespace OpenCharge.Checkout.UnitTests.Infrastructure.Proofs;

public sealed class ProofEnvelopeReaderTests
{
    private const string Signature = "\"signature\":\"ab\"";

    [Fact]
    public void TryRead_HopAnswerWithBareToAndNoFromOrTimestamp_ReadsIt()
    {
        var answer = Parse($$"""{"status":"completed","proof":{"txid":"t1","issuer":300,"to":9001,"amount":"1.00","currency":"USD"},{{Signature}}}""");

        Assert.True(ProofEnvelopeReader.TryRead(answer, ProofStrictness.HopAnswer, out var envelope, out var problem), problem);

        Assert.Equal((new Ocid(9001), null, 0L), (envelope.Proof.To, envelope.Proof.ToReference, envelope.Proof.Timestamp));
    }

    [Fact]
    public void TryRead_WebhookWithoutFrom_IsRefusedNamingFrom()
    {
        var body = Parse($$"""{"proof":{"txid":"t1","issuer":300,"to":9001,"amount":"1.00","currency":"USD","timestamp":1},{{Signature}}}""");

        Assert.False(ProofEnvelopeReader.TryRead(body, ProofStrictness.Webhook, out _, out var problem));

        Assert.Equal("proof.from.ocid must be a positive integer OCID.", problem);
    }

    [Fact]
    public void TryRead_HopAnswerWithSnakeCaseAndCapitalisedNames_ReadsThem()
    {
        var answer = Parse($$"""{"Proof":{"TXID":"t1","issuer":{"ocid":300},"to":{"OCID":9001,"Reference":"ord_1"},"amount":"1.00","currency":"USD"},{{Signature}}}""");

        Assert.True(ProofEnvelopeReader.TryRead(answer, ProofStrictness.HopAnswer, out var envelope, out var problem), problem);

        Assert.Equal(("t1", new Ocid(300), "ord_1"), (envelope.Proof.Txid, envelope.Proof.Issuer, envelope.Proof.ToReference));
    }

    [Fact]
    public void TryRead_WebhookWithCapitalisedProof_IsRefused()
    {
        var body = Parse(Encoding.UTF8.GetString(new ProofBuilder().Build()).Replace("\"proof\"", "\"Proof\"", StringComparison.Ordinal));

        Assert.False(ProofEnvelopeReader.TryRead(body, ProofStrictness.Webhook, out _, out var problem));

        Assert.StartsWith("The body must be", problem);
    }

    [Theory]
    [InlineData(ProofStrictness.Webhook, false)]
    [InlineData(ProofStrictness.HopAnswer, true)]
    public void TryRead_TxidLongerThanStorageCap_IsRefusedOnlyForWebhooks(ProofStrictness strictness, bool read)
    {
        var body = Parse(Encoding.UTF8.GetString(new ProofBuilder().WithTxid(new string('t', ProofEnvelopeReader.MaxTxidLength + 1)).Build()));

        Assert.Equal(read, ProofEnvelopeReader.TryRead(body, strictness, out _, out _));
    }

    [Fact]
    public void TryRead_Webhook_KeepsTheProofAsReceivedAndItsSender()
    {
        var body = new ProofBuilder().Build();

        Assert.True(ProofEnvelopeReader.TryRead(body, out var envelope, out var problem), problem);

        Assert.Equal((new Ocid(200), "pay_42"), (envelope.Proof.From!.Ocid, envelope.Proof.From.Reference));
        Assert.Equal(Parse(Encoding.UTF8.GetString(body)).GetProperty("proof").GetRawText(), envelope.Proof.Json);
    }

    [Fact]
    public void TryRead_HopAnswer_KeepsOnlyWhatTheSignatureCovers()
    {
        var answer = Parse(Encoding.UTF8.GetString(new ProofBuilder().Build()));

        Assert.True(ProofEnvelopeReader.TryRead(answer, ProofStrictness.HopAnswer, out var envelope, out var problem), problem);

        Assert.Equal((null, ""), (envelope.Proof.From, envelope.Proof.Json));
        Assert.NotEmpty(envelope.Proof.CanonicalBytes);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
