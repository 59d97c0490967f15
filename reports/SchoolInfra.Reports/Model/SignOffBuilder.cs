using NodaTime;
using SchoolInfra.Reports.Issue;
using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// The sign-off: issuing the report adds a record of it (date, findings summary, checksum) to the school's records
/// through a pull request, so the signer's approval of that pull request is the sign-off. The next review is the end
/// of the next term.
/// </summary>
internal static class SignOffBuilder
{
    public static SignOffSection Build(ReportInputs inputs)
    {
        var signer = RoleNames.WithHolderCapitalised(inputs.Config.Roles, inputs.SignedBy);
        var how = $"When this report is issued, a record of it is added to the school's records in a pull request. {signer} signs it off by approving that pull request.";
        var previous = IssuedReport.LatestBefore(inputs.Records, inputs.Today);
        return new SignOffSection(
            signer,
            DisplayDates.Format(inputs.Meeting, "Not set yet"),
            DisplayDates.Format(NextReview(inputs)),
            how,
            TrendBuilder.Between(previous, OpenProblems.Of(inputs)));
    }

    public static LocalDate NextReview(ReportInputs inputs) =>
        inputs.Config.Terms.Where(t => t.Start > inputs.Today).OrderBy(t => t.Start).FirstOrDefault()?.End ?? inputs.Today.PlusMonths(4);
}
