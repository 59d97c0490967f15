using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>The few technical words the report keeps, each in one plain sentence.</summary>
public static class Glossary
{
    public static ImmutableArray<GlossaryEntry> Entries { get; } =
    [
        new("3-2-1 rule", "Three copies of each kind of data, on two kinds of storage, with one kept away from school."),
        new("Control", "One thing the school's policy asks for, such as \"every adult has their own log-on\"."),
        new("Filtering exception", "A site unblocked for some groups for a short time, with a reason and an approver."),
        new("Immutable", "A backup copy that nobody can change or delete until a set date, not even an administrator."),
        new("Live systems", "The real Microsoft 365, laptops, iPads and backups, as opposed to the settings the school asked for."),
        new("MFA", "Multi-factor authentication: a second check, such as a code on a phone, as well as a password."),
        new("Offline", "A backup copy kept unplugged, so an attacker on the network cannot reach it."),
        new("Waiver", "A time-limited, signed-off decision to accept one named problem with a control."),
    ];
}
