namespace SchoolInfra.Core.Validation;

/// <summary>Terms in order; waiver dates the right way round.</summary>
public sealed class SchoolChecks : IConfigCheck
{
    public void Check(ValidationContext context)
    {
        var config = context.Config;
        var bag = context.Diagnostics;
        if (config.Terms.IsEmpty)
        {
            bag.Add(SchoolDiagnostics.NoTerms(config.Span));
        }

        for (var i = 0; i < config.Terms.Length; i++)
        {
            var term = config.Terms[i];
            if (term.End < term.Start)
            {
                bag.Add(SchoolDiagnostics.TermEndsBeforeStart(term.Span, term.Name));
            }

            if (i > 0 && term.Start <= config.Terms[i - 1].End)
            {
                bag.Add(SchoolDiagnostics.TermsOverlap(term.Span, term.Name, config.Terms[i - 1].Name));
            }
        }

        foreach (var waiver in config.Waivers.Where(w => w.ExpiresOn <= w.ApprovedOn))
        {
            bag.Add(SchoolDiagnostics.WaiverDatesReversed(waiver.Span, waiver.Control));
        }
    }
}
