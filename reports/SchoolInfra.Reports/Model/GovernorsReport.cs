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
/// <param name="Introduction">What the report is, in a few short sentences.</param>
/// <param name="Roles">The roles the standards name and who holds them.</param>
/// <param name="Glance">The at-a-glance summary.</param>
/// <param name="Domains">Each area with its controls, in catalogue order.</param>
/// <param name="Exceptions">Filtering exceptions.</param>
/// <param name="Waivers">Waived controls.</param>
/// <param name="Changes">Changes made this term.</param>
/// <param name="Backups">Backups.</param>
/// <param name="Overdue">Overdue reviews, checks and clean-ups.</param>
/// <param name="LiveState">How much was checked against the live systems and when, how much is declared only, and
/// what the latest drift check found.</param>
public sealed record GovernorsReport(
    string Title,
    string SchoolName,
    string LocalAuthority,
    string StackName,
    string ReportDate,
    string TermName,
    string TermDates,
    ImmutableArray<string> Introduction,
    RolesSection Roles,
    AtAGlance Glance,
    ImmutableArray<DomainSection> Domains,
    ExceptionsSection Exceptions,
    WaiversSection Waivers,
    ChangesSection Changes,
    BackupSection Backups,
    OverdueSection Overdue,
    LiveStateSection LiveState);
