using SchoolInfra.Core.Model.School;
using SchoolInfra.Evidence.Records;
using SchoolInfra.Policy.Catalogue;
using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.Passwords;

/// <summary>
/// PWD-04: passwords change when they may be known, not on a timer (NCSC-PW; CE). A declared expiry is the
/// school's choice against NCSC advice (C4): partial. Each credential compromise in the incident log shows a
/// password reset and sessions revoked within 24 hours.
/// </summary>
public sealed class NoRoutineExpiryRule : IRule
{
    public string Id => "pwd-04";

    public Finding Evaluate(Control control, RuleContext context)
    {
        var passwords = context.Config.Identity.Passwords;
        var at = passwords.Span.IsKnown ? passwords.Span : context.Config.Identity.Span;
        var result = new FindingBuilder(control.Id, at);
        if (passwords.ExpiryDays is { } days)
        {
            result.Partial("routineExpiry", at, $"Passwords expire every {Wording.Number(days)} days; NCSC and Cyber Essentials advise against routine expiry.",
                "remove expiryDays so passwords change only when they may be known", SchoolRole.ItProvider);
        }
        else
        {
            result.Evidence("No routine password expiry is declared.");
        }

        var hours = control.IntParameter("compromiseResetHours", 24);
        var compromises = 0;
        foreach (var record in context.Records.OfKind(RecordKind.IncidentLog))
        {
            foreach (var incident in record.Entries("incidents").Where(i => SchoolRecord.TextIn(i, "category") == "credentialCompromise"))
            {
                compromises++;
                if (SchoolRecord.NumberIn(incident, "passwordResetWithinHours") is not { } reset || reset > hours
                    || SchoolRecord.TextIn(incident, "sessionsRevoked") != "true")
                {
                    result.NotMet("compromiseNotHandled", incident.Span,
                        $"A credential compromise logged on {Wording.Date(record.Date)} does not show a password reset and sessions revoked within {Wording.Number(hours)} hours.", "reset the password, revoke sign-in sessions and record passwordResetWithinHours and sessionsRevoked", SchoolRole.ItProvider);
                }
            }
        }

        result.Evidence($"{Wording.Plural(compromises, "credential compromise is", "credential compromises are")} in the incident logs.");
        result.TenantNotObserved("tenant password expiry is off and self-service reset is on for adults only");
        return result.Build("Passwords change when they may be known, not on a timer.");
    }
}
