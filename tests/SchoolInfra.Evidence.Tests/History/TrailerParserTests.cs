using SchoolInfra.Evidence.History;

namespace SchoolInfra.Reports.Tests.Changes;

public sealed class TrailerParserTests
{
    [Fact]
    public void Parse_LastParagraphOfTrailers_NormalisesKeysAndKeepsOrder()
    {
        var message = """
            Block social media for pupils

            The safeguarding lead asked for this after the autumn review.

            APPROVED-BY: Jane Head <head@oakfield.example>
            requested-by: Dee Safeguarding <dsl@oakfield.example>
            Reviewed-by: Sam Technician <it@oakfield.example>
            Co-Authored-By: Alex Example <alex@oakfield.example>
            """;

        var trailers = TrailerParser.Parse(message);

        Assert.Equal<GitTrailer>(
            [
                new GitTrailer(TrailerKeys.ApprovedBy, "Jane Head <head@oakfield.example>"),
                new GitTrailer(TrailerKeys.RequestedBy, "Dee Safeguarding <dsl@oakfield.example>"),
                new GitTrailer(TrailerKeys.ReviewedBy, "Sam Technician <it@oakfield.example>"),
                new GitTrailer(TrailerKeys.CoAuthoredBy, "Alex Example <alex@oakfield.example>"),
            ],
            trailers);
    }

    [Fact]
    public void Parse_ContinuationLineAndCrLf_JoinsTheValue()
    {
        var trailers = TrailerParser.Parse("Subject\r\n\r\nApproved-by: Jane Head\r\n  (headteacher)\r\n\r\n");

        Assert.Equal<GitTrailer>([new GitTrailer("Approved-by", "Jane Head (headteacher)")], trailers);
    }

    [Theory]
    [InlineData("Approved-by: Jane Head")]
    [InlineData("Subject\n\nApproved-by: Jane Head\nand then some prose that is not a trailer")]
    [InlineData("Subject\n\nApproved-by: Jane Head\n\nA closing paragraph of prose.")]
    [InlineData("Subject\n\nApproved by: Jane Head")]
    public void Parse_NoTrailerParagraph_GivesNone(string message)
    {
        Assert.Empty(TrailerParser.Parse(message));
    }

    [Fact]
    public void Parse_EmptyValue_IsDropped()
    {
        Assert.Equal<GitTrailer>([new GitTrailer("Reviewed-by", "Sam")], TrailerParser.Parse("Subject\n\nApproved-by:\nReviewed-by: Sam"));
    }
}
