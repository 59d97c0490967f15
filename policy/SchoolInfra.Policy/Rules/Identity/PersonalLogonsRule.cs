using System.Text.RegularExpressions;
using SchoolInfra.Core.Model.Identity;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Identity;

/// <summary>
/// IAM-03: adults have their own log-on. Shared log-ons exist only as pupil class log-ons (PWD-05); named adult
/// accounts must not be generic ones such as office@ or staff1@ (DfE-CS CS4, CE user access control).
/// </summary>
public sealed partial class PersonalLogonsRule : IRule
{
    public string Id => "iam-03";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var identity = context.Config.Identity;
        var result = new FindingBuilder(control.Id, identity.Span);
        foreach (var group in identity.Groups.Where(g => g.Kind != GroupKind.Pupil))
        {
            if (group.Credentials == Credentials.ClassLogon)
            {
                result.NotMet("adultsShareLogon", group.Span, $"The group \"{group.Key}\" is for adults but uses a shared class log-on.",
                    "give every adult in this group their own account", SchoolRole.Headteacher);
            }

            foreach (var member in group.Members.Where(m => GenericName().IsMatch(m)))
            {
                result.NotMet("sharedAccount", group.Span, $"The group \"{group.Key}\" names the account \"{member}\", which looks shared rather than personal.",
                    "replace it with a personal account for each person who needs access", SchoolRole.ItProvider);
            }
        }

        var named = identity.Groups.Sum(g => g.Members.Length);
        result.Evidence($"Shared log-ons are declared only for pupil class log-on groups; {Wording.Plural(named, "named account was", "named accounts were")} checked for generic names.");
        result.TenantNotObserved("no enabled account outside class log-on groups has a generic name, and shared mailboxes cannot sign in");
        return result.Build("Every adult has their own log-on; shared log-ons exist only for pupil class log-ons.");
    }

    [GeneratedRegex("^(admin|administrator|office|staff[0-9]*|teacher[0-9]*|teachers|head|reception|info|it|ict|class[0-9]*|user[0-9]*|shared)@", RegexOptions.IgnoreCase)]
    private static partial Regex GenericName();
}
