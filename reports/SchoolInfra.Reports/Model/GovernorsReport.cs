using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// The governors' termly compliance report, ready to print: every value is plain text, sorted and formatted for
/// en-GB. Templates only lay it out; they never decide what is met.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="SchoolName">The school, as governors know it.</param>
/// <param name="LocalAuthority">Its local authority or trust; empty when none is declared.</param>
/// <param name="StackName">The stack the report was made from.</param>
/// <param name="ReportDate">The date it describes, e.g. "23 Nov 2026".</param>
/// <param name="TermName">The term it covers, e.g. "Autumn 2026".</param>
/// <param name="TermDates">"2 Sep 2026 to 18 Dec 2026".</param>
/// <param name="Front">The verdict, live versus declared, the DfE standards and every action.</param>
/// <param name="SignOff">Who signs, the meeting, the next review and the change since the last issued report.</param>
/// <param name="Oversight">Incidents, the last yearly review's actions, termly-check failures and training by group.</param>
/// <param name="Roles">The roles the standards name and who holds them.</param>
/// <param name="MetSummary">"71 of 80 controls are met."</param>
/// <param name="Met">Met controls, one row each.</param>
/// <param name="Cards">Controls not met, partly met, not checked or waived, most serious first.</param>
/// <param name="Exceptions">Filtering exceptions, with reasons.</param>
/// <param name="Waivers">Waivers, with reasons.</param>
/// <param name="Changes">Changes made this term.</param>
/// <param name="Backups">Backups.</param>
/// <param name="Glossary">The technical words kept.</param>
public sealed record GovernorsReport(
    string Title,
    string SchoolName,
    string LocalAuthority,
    string StackName,
    string ReportDate,
    string TermName,
    string TermDates,
    FrontPage Front,
    SignOffSection SignOff,
    OversightSection Oversight,
    RolesSection Roles,
    string MetSummary,
    ImmutableArray<MetControlLine> Met,
    ImmutableArray<ControlLine> Cards,
    ExceptionsSection Exceptions,
    WaiversSection Waivers,
    ChangesSection Changes,
    BackupSection Backups,
    ImmutableArray<GlossaryEntry> Glossary);
